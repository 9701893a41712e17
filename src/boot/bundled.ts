/**
 * A bundled dataset as the build read it (src/build/snapshot.ts): the importer's result for its files, one small
 * JSON file beside them, loaded instead of the CSVs and the importer's worker. Null when there is none (the dev
 * server, a deployment that copied data/ by hand) or it does not look like one: the caller then reads the CSVs.
 */
import type { ImportResult } from '../model/types'

/** the file beside a dataset's CSVs that holds it read: `data/<folder>/read.json` */
export const SNAPSHOT_FILE = 'read.json'

/** The address of a file of a bundled dataset: `dataBase` (the app's `data/`), its folder, the file's name. */
export function dataFileUrl(dataBase: string, folder: string, name: string): string {
  return `${dataBase}${encodeURIComponent(folder)}/${encodeURIComponent(name)}`
}

export async function readBundled(dataBase: string, folder: string): Promise<ImportResult | null> {
  try {
    const res = await fetch(dataFileUrl(dataBase, folder, SNAPSHOT_FILE))
    if (!res.ok) return null
    const r = (await res.json()) as Partial<ImportResult> | null
    const ok = !!r && Array.isArray(r.tables) && Array.isArray(r.stated) && Array.isArray(r.problems) && Array.isArray(r.files)
    return ok ? (r as ImportResult) : null
  } catch {
    return null
  }
}
