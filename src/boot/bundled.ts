/**
 * A bundled dataset as the build read it (src/build/snapshot.ts): the importer's result for its files, one small
 * JSON file beside them, loaded instead of the CSVs and the importer's worker. Null when there is none (the dev
 * server, a deployment that copied data/ by hand) or it does not look like one: the caller then reads the CSVs.
 */
import type { AuditReport } from '../audit'
import type { DatasetMeta, ImportResult } from '../model/types'

/**
 * The build's 数据核对 of a bundled dataset (the same rules as the audit worker's), with what it was computed from:
 * the dataset's meta (its manifest line) and the ids of the prior-year reports it was checked beside, in order. The
 * page uses it only while the same ones are in view (stores/current.ts); otherwise the worker audits as before.
 */
export interface BundledAudit {
  report: AuditReport
  meta: DatasetMeta
  context: string[]
}

/** what `read.json` holds: the importer's result, and the build's audit of it */
export type BundledRead = ImportResult & { audit?: BundledAudit }

/** the file beside a dataset's CSVs that holds it read: `data/<folder>/read.json` */
export const SNAPSHOT_FILE = 'read.json'

/** The address of a file of a bundled dataset: `dataBase` (the app's `data/`), its folder, the file's name. */
export function dataFileUrl(dataBase: string, folder: string, name: string): string {
  return `${dataBase}${encodeURIComponent(folder)}/${encodeURIComponent(name)}`
}

/** an audit of the shape the build writes; anything else is dropped (the worker audits instead) */
function auditShape(a: Partial<BundledAudit> | undefined): boolean {
  const r = a?.report
  return !!a && !!r && Array.isArray(r.findings) && Array.isArray(r.ruleErrors) && typeof r.counts === 'object' && typeof r.byDataset === 'object'
    && typeof a.meta?.id === 'string' && Array.isArray(a.context) && a.context.every((c) => typeof c === 'string')
}

export async function readBundled(dataBase: string, folder: string): Promise<BundledRead | null> {
  try {
    const res = await fetch(dataFileUrl(dataBase, folder, SNAPSHOT_FILE))
    if (!res.ok) return null
    const r = (await res.json()) as Partial<BundledRead> | null
    const ok = !!r && Array.isArray(r.tables) && Array.isArray(r.stated) && Array.isArray(r.problems) && Array.isArray(r.files)
    if (!ok) return null
    if (r.audit !== undefined && !auditShape(r.audit)) delete r.audit
    return r as BundledRead
  } catch {
    return null
  }
}
