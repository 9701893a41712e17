/**
 * The bundled datasets as the build sees them: data/manifest.csv read by the app's own parser. None when the file is
 * missing or has an error (the app then says why, as before), so no build-time output speaks for a bad manifest.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseManifest, type ManifestEntry } from '../model/manifest.ts'

export function bundledEntries(dataDir: string): ManifestEntry[] {
  const file = join(dataDir, 'manifest.csv')
  if (!existsSync(file)) return []
  const { entries, problems } = parseManifest(readFileSync(file, 'utf8'))
  return problems.some((p) => p.severity === 'error') ? [] : entries
}
