/**
 * Imported datasets kept in IndexedDB (through `idb`). One record per department-year holds the original
 * file bytes; the app re-imports them on load, so the stored form never depends on the model's shape.
 * Each write is one transaction that fully commits or leaves nothing (resolved on complete, rejected on abort).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { FactColumns } from '@/model/facts'

export interface StoredFile {
  name: string
  bytes: ArrayBuffer
}

export interface StoredDataset {
  id: string
  department: string
  year: number
  importedAt: string
  files: StoredFile[]
}

/** Bulk (province-scale) facts as typed columns: structured-cloneable, stored as is. */
export interface StoredBulk {
  id: 'bulk'
  importedAt: string
  files: string[]
  columns: FactColumns
}

/** The bulk record without its columns; each column is its own record in `bulkColumns`. */
interface BulkMeta {
  id: 'bulk'
  importedAt: string
  files: string[]
  keys: string[]
}

interface Schema extends DBSchema {
  datasets: { key: string; value: StoredDataset }
  bulk: { key: string; value: BulkMeta }
  bulkColumns: { key: string; value: { key: string; value: unknown } }
}

export type StorageIssue = 'unavailable' | 'quota' | 'blocked' | 'failed'

export class StorageError extends Error {
  constructor(
    readonly issue: StorageIssue,
    message: string,
  ) {
    super(message)
  }
}

export const DB_NAME = 'juesuan-kanban'
const VERSION = 3

function classify(e: unknown): StorageError {
  if (e instanceof StorageError) return e
  const name = (e as { name?: string } | null)?.name ?? ''
  const message = (e as Error | null)?.message ?? String(e)
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StorageError('quota', message)
  if (name === 'InvalidStateError' || name === 'SecurityError') return new StorageError('unavailable', message)
  return new StorageError('failed', message)
}

let dbPromise: Promise<IDBPDatabase<Schema>> | null = null

export function openStorage(): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(new StorageError('unavailable', 'IndexedDB 不可用'))
  dbPromise ??= openDB<Schema>(DB_NAME, VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('datasets')) db.createObjectStore('datasets', { keyPath: 'id' })
      // v2 kept bulk columns inside one record; v3 keeps one record per column (see saveBulk)
      if (db.objectStoreNames.contains('bulk')) db.deleteObjectStore('bulk')
      db.createObjectStore('bulk', { keyPath: 'id' })
      if (!db.objectStoreNames.contains('bulkColumns')) db.createObjectStore('bulkColumns', { keyPath: 'key' })
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

export async function hasStored(id: string): Promise<boolean> {
  const db = await openStorage()
  return (await db.getKey('datasets', id)) !== undefined
}

export async function loadBulk(): Promise<StoredBulk | null> {
  try {
    const db = await openStorage()
    const tx = db.transaction(['bulk', 'bulkColumns'])
    const meta = await tx.objectStore('bulk').get('bulk')
    if (!meta) return null
    const columns: Record<string, unknown> = {}
    for (const key of meta.keys) columns[key] = (await tx.objectStore('bulkColumns').get(key))?.value
    await tx.done
    return { id: 'bulk', importedAt: meta.importedAt, files: meta.files, columns: columns as unknown as FactColumns }
  } catch (e) {
    throw classify(e)
  }
}

/**
 * Replace the stored bulk facts in one transaction. Each column is its own put, issued when the previous one
 * succeeded: the browser serialises a value synchronously inside put(), so one 30 MB record would block the
 * page for ~100 ms, while column by column each serialisation is its own short task. The meta record goes
 * last; a failure anywhere aborts the whole transaction and leaves the earlier bulk data as it was.
 */
export async function saveBulk(record: StoredBulk): Promise<void> {
  try {
    const db = await openStorage()
    const tx = db.transaction(['bulk', 'bulkColumns'], 'readwrite')
    const done = tx.done
    done.catch(() => {}) // observed below; avoids an unhandled rejection while the puts are pending
    const cols = tx.objectStore('bulkColumns')
    await cols.clear()
    const entries = Object.entries(record.columns)
    for (const [key, value] of entries) await cols.put({ key, value })
    await tx.objectStore('bulk').put({ id: 'bulk', importedAt: record.importedAt, files: record.files, keys: entries.map(([k]) => k) })
    await done
  } catch (e) {
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
