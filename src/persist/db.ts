/**
 * Imported datasets kept in IndexedDB (through `idb`): opening (with the schema migrations of migrations.ts)
 * and record by record reads and writes. Each write is one transaction that fully commits or leaves nothing
 * (resolved on complete, rejected on abort). Whole-database reads and writes (backup, delete all) are in all.ts.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb'
import type { FactColumns } from '@/model/facts'
import { upgradeWith, STEPS, VERSION, type UpgradeDb, type UpgradeTx } from './migrations'
import { classify, StorageError, type BulkMeta, type Schema, type StoredBulk, type StoredDataset } from './schema'

export { StorageError, type StorageIssue, type StoredBulk, type StoredDataset } from './schema'

const DB_NAME = 'juesuan-kanban'
const upgrade = upgradeWith(STEPS)

let dbPromise: Promise<IDBPDatabase<Schema>> | null = null

export function openStorage(): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(new StorageError('unavailable', 'IndexedDB 不可用'))
  dbPromise ??= openDB<Schema>(DB_NAME, VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgrade(db as unknown as UpgradeDb, oldVersion, newVersion, tx as unknown as UpgradeTx)
    },
    blocked() {
      /* another tab holds an older version open; the open waits until it lets go */
    },
    blocking() {
      // a newer version of the app opened in another tab: let it upgrade, reopen on next use
      void dbPromise?.then((db) => db.close())
      dbPromise = null
    },
  }).catch((e: unknown) => {
    dbPromise = null
    throw classify(e)
  })
  return dbPromise
}

/** Close the connection (the next call opens it again). */
export async function closeStorage(): Promise<void> {
  const p = dbPromise
  dbPromise = null
  if (p) (await p.catch(() => null))?.close()
}

export async function listStored(): Promise<StoredDataset[]> {
  try {
    const db = await openStorage()
    return await db.getAll('datasets')
  } catch (e) {
    throw classify(e)
  }
}

/** Write one dataset in a single transaction: resolves only when it committed. */
export async function saveStored(record: StoredDataset): Promise<void> {
  try {
    const db = await openStorage()
    const tx = db.transaction('datasets', 'readwrite')
    await Promise.all([tx.store.put(record), tx.done])
  } catch (e) {
    throw classify(e)
  }
}

export async function deleteStored(id: string): Promise<void> {
  try {
    const db = await openStorage()
    const tx = db.transaction('datasets', 'readwrite')
    await Promise.all([tx.store.delete(id), tx.done])
  } catch (e) {
    throw classify(e)
  }
}

export type BulkTx<M extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<Schema, ('bulk' | 'bulkColumns')[], M>

/** The bulk facts read inside `tx` (null when none). A damaged meta record gives columns that fail `unpackColumns`. */
export async function readBulk(tx: BulkTx): Promise<StoredBulk | null> {
  const meta: Partial<BulkMeta> | undefined = await tx.objectStore('bulk').get('bulk')
  if (!meta) return null
  const columns: Record<string, unknown> = {}
  for (const key of Array.isArray(meta.keys) ? meta.keys : []) columns[key] = (await tx.objectStore('bulkColumns').get(key))?.value
  const files = Array.isArray(meta.files) ? meta.files : []
  return { id: 'bulk', importedAt: String(meta.importedAt ?? ''), files, columns: columns as unknown as FactColumns }
}

/**
 * Replace the bulk facts inside `tx`. Each column is its own put, issued when the previous one succeeded:
 * the browser serialises a value synchronously inside put(), so one 30 MB record would block the page for
 * ~100 ms, while column by column each serialisation is its own short task. The meta record goes last.
 */
export async function writeBulk(tx: BulkTx<'readwrite'>, record: StoredBulk): Promise<void> {
  const cols = tx.objectStore('bulkColumns')
  await cols.clear()
  const entries = Object.entries(record.columns)
  for (const [key, value] of entries) await cols.put({ key, value })
  await tx.objectStore('bulk').put({ id: 'bulk', importedAt: record.importedAt, files: record.files, keys: entries.map(([k]) => k) })
}

export async function loadBulk(): Promise<StoredBulk | null> {
  try {
    const db = await openStorage()
    const tx = db.transaction(['bulk', 'bulkColumns'])
    const bulk = await readBulk(tx)
    await tx.done
    return bulk
  } catch (e) {
    throw classify(e)
  }
}

/**
 * Roll back a write transaction after an error. A put that throws (a value that cannot be cloned) does not abort
 * the transaction by itself: without this, the writes before it — the cleared columns — would commit.
 */
export function abortQuietly(tx: { abort: () => void } | null): void {
  try {
    tx?.abort()
  } catch {
    /* already committed or aborted */
  }
}

/** Replace the stored bulk facts in one transaction: a failure anywhere leaves the earlier bulk data as it was. */
export async function saveBulk(record: StoredBulk): Promise<void> {
  let tx: BulkTx<'readwrite'> | null = null
  try {
    const db = await openStorage()
    tx = db.transaction(['bulk', 'bulkColumns'], 'readwrite')
    const done = tx.done
    done.catch(() => {}) // observed below; avoids an unhandled rejection while the puts are pending
    await writeBulk(tx, record)
    await done
  } catch (e) {
    abortQuietly(tx)
    throw classify(e)
  }
}

export async function deleteBulk(): Promise<void> {
  try {
    const db = await openStorage()
    const tx = db.transaction(['bulk', 'bulkColumns'], 'readwrite')
    await Promise.all([tx.objectStore('bulk').delete('bulk'), tx.objectStore('bulkColumns').clear(), tx.done])
  } catch (e) {
    throw classify(e)
  }
}
