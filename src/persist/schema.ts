/**
 * What the IndexedDB database holds (the current version; older ones are described in migrations.ts) and
 * the errors its callers see. One record per imported department-year holds the original file bytes; the
 * app re-imports them on load, so the stored form never depends on the model's shape.
 */
import type { DBSchema } from 'idb'
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
  /** the department name this one counts as the same department as (renamed or merged; set in the import preview) */
  sameAs?: string
}

/** Bulk (province-scale) facts as typed columns: structured-cloneable, stored as is. */
export interface StoredBulk {
  id: 'bulk'
  importedAt: string
  files: string[]
  columns: FactColumns
}

/** The bulk record without its columns; each column is its own record in `bulkColumns`. */
export interface BulkMeta {
  id: 'bulk'
  importedAt: string
  files: string[]
  keys: string[]
}

export interface Schema extends DBSchema {
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

export function classify(e: unknown): StorageError {
  if (e instanceof StorageError) return e
  const name = (e as { name?: string } | null)?.name ?? ''
  const message = (e as Error | null)?.message ?? String(e)
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StorageError('quota', message)
  if (name === 'InvalidStateError' || name === 'SecurityError') return new StorageError('unavailable', message)
  return new StorageError('failed', message)
}
