/**
 * The whole database at once, each in one transaction: read everything (for a backup), write a restored
 * backup, delete everything. A write either commits in full or leaves every store as it was.
 */
import type { Backup } from './backup'
import { abortQuietly, openStorage, readBulk, writeBulk, type BulkTx } from './db'
import { classify } from './schema'

const STORES = ['datasets', 'bulk', 'bulkColumns'] as const

/** Every stored record, read in one transaction (a consistent snapshot). */
export async function readAll(): Promise<Backup> {
  try {
    const db = await openStorage()
    const tx = db.transaction(STORES)
    const datasets = await tx.objectStore('datasets').getAll()
    const bulk = await readBulk(tx as unknown as BulkTx)
    await tx.done
    return { datasets, bulk }
  } catch (e) {
    throw classify(e)
  }
}

/**
 * Add the backup's records in one transaction: datasets with the same id are replaced, others stay; bulk
 * facts in the backup replace the stored ones. Resolves only when it committed.
 */
export async function writeAll(backup: Backup): Promise<void> {
  let tx: { abort: () => void } | null = null
  try {
    const db = await openStorage()
    const t = db.transaction(STORES, 'readwrite')
    tx = t
    const done = t.done
    done.catch(() => {}) // observed below
    const datasets = t.objectStore('datasets')
    for (const d of backup.datasets) await datasets.put(d)
    if (backup.bulk) await writeBulk(t as unknown as BulkTx<'readwrite'>, backup.bulk)
    await done
  } catch (e) {
    abortQuietly(tx)
    throw classify(e)
  }
}

/** Delete every stored import in one transaction. */
export async function clearAll(): Promise<void> {
  try {
    const db = await openStorage()
    const tx = db.transaction(STORES, 'readwrite')
    await Promise.all([...STORES.map((s) => tx.objectStore(s).clear()), tx.done])
  } catch (e) {
    throw classify(e)
  }
}
