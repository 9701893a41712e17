/** The space stored imports take, in bytes: the original files of a department-year, the typed columns of bulk facts. */
import type { StoredBulk, StoredDataset } from './schema'

export function datasetBytes(record: Pick<StoredDataset, 'files'>): number {
  return record.files.reduce((n, f) => n + f.bytes.byteLength, 0)
}

const utf8 = new TextEncoder()

/** Bytes of a stored value: typed arrays by their length, strings as UTF-8, arrays and objects summed. */
function valueBytes(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength
  if (value instanceof ArrayBuffer) return value.byteLength
  if (typeof value === 'string') return utf8.encode(value).length
  if (typeof value === 'number') return 8
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + valueBytes(v), 0)
  if (typeof value === 'object' && value !== null) return Object.values(value).reduce((n: number, v) => n + valueBytes(v), 0)
  return 0
}

export function bulkBytes(record: Pick<StoredBulk, 'columns'>): number {
  return valueBytes(record.columns)
}
