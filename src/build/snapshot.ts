/**
 * A bundled dataset read at build time: what the tables worker returns for its files (`importFiles`, the same
 * function, the same bytes), as JSON. The page loads this one small file instead of the dataset's CSVs and the
 * importer's worker (src/boot/prefetch.ts, stores/datasets.ts); anything that goes wrong there falls back to
 * reading the CSVs as before. Written into dist/ by the data plugin on every build, never kept in data/, so it
 * cannot go stale. No Vue, no Vite: src/build/data-plugin.ts loads it through Vite's module runner.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importFiles } from '../import'
import type { ImportResult } from '../model/types'
import { bundledEntries } from './manifest'

export { SNAPSHOT_FILE } from '../boot/bundled'

/**
 * Every dataset the manifest in `dataDir` names, read: folder and JSON text (none for a missing or bad manifest,
 * build/manifest.ts); a dataset whose files cannot all be read is left to the page.
 */
export function snapshots(dataDir: string): { folder: string; json: string }[] {
  const out: { folder: string; json: string }[] = []
  for (const e of bundledEntries(dataDir)) {
    let files
    try {
      files = e.files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dataDir, e.folder, name))) }))
    } catch {
      continue
    }
    const result: ImportResult = importFiles(files)
    out.push({ folder: e.folder, json: JSON.stringify(result) })
  }
  return out
}
