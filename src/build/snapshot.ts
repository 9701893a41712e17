/**
 * A bundled dataset read at build time: what the tables worker returns for its files (`importFiles`, the same
 * function, the same bytes), as JSON. The page loads this one small file instead of the dataset's CSVs and the
 * importer's worker (src/boot/prefetch.ts, stores/datasets.ts); anything that goes wrong there falls back to
 * reading the CSVs as before. Written into dist/ by the data plugin on every build, never kept in data/, so it
 * cannot go stale. No Vue, no Vite: src/build/data-plugin.ts loads it through Vite's module runner.
 *
 * Beside the result, the dataset's 数据核对 (`runAudit`, the rules the audit worker runs) with the prior-year
 * reports the page would check it beside when all bundled datasets are loaded (`priorYear`, the page's own
 * matching): a bundled screen then draws without waiting for the audit worker, which the page no longer downloads
 * to open a bundled report (stores/current.ts uses the audit only while the same prior years are in view).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAudit } from '../audit'
import { importFiles } from '../import'
import { buildDataset } from '../model/dataset'
import { priorYear } from '../model/priorYear'
import type { ImportResult } from '../model/types'
import type { BundledRead } from '../boot/bundled'
import { bundledEntries } from './manifest'

export { SNAPSHOT_FILE } from '../boot/bundled'

/**
 * Every dataset the manifest in `dataDir` names, read: folder and JSON text (none for a missing or bad manifest,
 * build/manifest.ts); a dataset whose files cannot all be read is left to the page.
 */
export function snapshots(dataDir: string): { folder: string; json: string }[] {
  const read = bundledEntries(dataDir).flatMap(({ folder, files: names, ...meta }) => {
    let files
    try {
      files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dataDir, folder, name))) }))
    } catch {
      return []
    }
    const result: ImportResult = importFiles(files)
    return [{ folder, meta, result, dataset: buildDataset(result, meta) }]
  })
  const all = read.map((r) => r.dataset)
  return read.map(({ folder, meta, result, dataset }) => {
    const context = priorYear(dataset, all).datasets
    const report = runAudit([dataset], { problems: { [meta.id]: result.problems }, context })
    const snapshot: BundledRead = { ...result, audit: { report, meta, context: context.map((d) => d.meta.id) } }
    return { folder, json: JSON.stringify(snapshot) }
  })
}
