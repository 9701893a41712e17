/**
 * The database schema, version by version. STEPS[n] takes a database of version n to version n + 1 and
 * moves its data forward: nothing a user stored is dropped. `upgradeWith` runs the steps from the version
 * the browser holds to the one asked for, in order, inside the single versionchange transaction; if a step
 * fails the transaction aborts and the database stays at its old version with everything in it.
 *
 * Shipped versions (read from `git log -p src/persist/db.ts`):
 * - v1 (d626dc6): `datasets` keyPath id: { id, department, year, importedAt, files: [{ name, bytes: ArrayBuffer }] }
 * - v2 (162b3ae): + `bulk` keyPath id: one record { id: 'bulk', importedAt, files: string[], columns: FactColumns }
 * - v3 (6447260): `bulk` holds { id: 'bulk', importedAt, files, keys } and `bulkColumns` keyPath key holds
 *   { key, value } per column. (Release v3 itself deleted the v2 bulk record; this step converts it.)
 *
 * To change the schema, append a step. Never edit or remove a shipped step, never delete a store that
 * holds user data without first moving its records.
 *
 * Tested across real builds: tests/browser/release.spec.ts builds a release from git history (`RELEASE` in
 * tests/browser/release.ts, now d8c2ec6), imports a department-year and a bulk file through that release's UI,
 * then serves this build on the same origin and finds both. A release that changes the schema moves `RELEASE`
 * to the last release before it once it has landed.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb'

export type UpgradeDb = IDBPDatabase<unknown>
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>
export type Step = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>

interface V2Bulk {
  id: 'bulk'
  importedAt: string
  files: string[]
  columns: Record<string, unknown>
}

function isV2Bulk(v: unknown): v is V2Bulk {
  const o = v as Partial<V2Bulk> | undefined
  return typeof o === 'object' && o !== null && typeof o.columns === 'object' && o.columns !== null && !('keys' in o)
}

export const STEPS: readonly Step[] = [
  // → v1: imported department-years
  (db) => {
    db.createObjectStore('datasets', { keyPath: 'id' })
  },
  // → v2: bulk facts, one record
  (db) => {
    db.createObjectStore('bulk', { keyPath: 'id' })
  },
  // → v3: bulk columns one record each; a v2 bulk record is split into its meta record and its columns
  async (db, tx) => {
    db.createObjectStore('bulkColumns', { keyPath: 'key' })
    const bulk = tx.objectStore('bulk')
    const old: unknown = await bulk.get('bulk')
    if (!isV2Bulk(old)) return
    const columns = tx.objectStore('bulkColumns')
    const keys = Object.keys(old.columns)
    for (const key of keys) await columns.put({ key, value: old.columns[key] })
    await bulk.put({ id: 'bulk', importedAt: old.importedAt, files: old.files, keys })
  },
]

/** The current schema version: one step per version. */
export const VERSION = STEPS.length

/** An `upgrade` callback for `openDB` that runs `steps[oldVersion]` … `steps[newVersion - 1]` in order. */
export function upgradeWith(steps: readonly Step[]) {
  return (db: UpgradeDb, oldVersion: number, newVersion: number | null, tx: UpgradeTx): void => {
    const target = newVersion ?? steps.length
    tx.done.catch(() => {}) // an aborted upgrade is reported by the open request (openDB rejects)
    const run = async () => {
      for (let v = oldVersion; v < target; v++) {
        const step = steps[v]
        if (!step) throw new Error(`no migration step to version ${v + 1}`)
        await step(db, tx)
      }
    }
    run().catch(() => {
      try {
        tx.abort() // the open fails; the database keeps its old version and records
      } catch {
        /* already finished or aborted */
      }
    })
  }
}
