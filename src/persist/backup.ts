/**
 * One file holding every stored import, to take out of the browser and restore here or in another browser.
 *
 * Layout: "JSKB-BACKUP\n" (12 ASCII bytes) | header length (uint32, little-endian) | header (UTF-8 JSON) | chunks.
 * The header lists the records; every binary part (an original file's bytes, a typed column in the platform's
 * little-endian order) is a chunk, referenced by its index. Chunks follow the header one after another, each
 * listed with its length and CRC-32. `readBackup` (backup-read.ts) checks all of it before returning anything.
 */
import { crc32 } from './crc32'
import type { StoredBulk, StoredDataset } from './schema'

export const BACKUP_FORMAT = 'juesuan-kanban-backup'
export const BACKUP_VERSION = 1
export const MAGIC = new TextEncoder().encode('JSKB-BACKUP\n')

/** Everything stored: what a backup file holds and what restoring writes. */
export interface Backup {
  datasets: StoredDataset[]
  bulk: StoredBulk | null
}

export const TYPED = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
} as const
export type TypedName = keyof typeof TYPED

/** A stored value in the header: a typed array kept in a chunk, plain JSON, or an object of such values. */
export type Encoded = { typed: TypedName; chunk: number } | { json: unknown } | { object: Record<string, Encoded> }

export interface Header {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  chunks: { length: number; crc32: number }[]
  datasets: { id: string; department: string; year: number; importedAt: string; sameAs?: string; files: { name: string; chunk: number }[] }[]
  bulk: { importedAt: string; files: string[]; columns: Record<string, Encoded> } | null
}

/** The backup file of `backup` (nothing is copied but the header: chunks are views of the stored buffers). */
export function writeBackup(backup: Backup, createdAt = new Date().toISOString()): Blob {
  const parts: Uint8Array[] = []
  const chunks: Header['chunks'] = []
  const add = (bytes: Uint8Array): number => {
    parts.push(bytes)
    chunks.push({ length: bytes.byteLength, crc32: crc32(bytes) })
    return chunks.length - 1
  }
  const encode = (v: unknown): Encoded => {
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name
      if (!Object.hasOwn(TYPED, name)) throw new Error(`cannot back up a ${name}`)
      return { typed: name as TypedName, chunk: add(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) }
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      return { object: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)])) }
    }
    return { json: v }
  }
  const header: Header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    chunks,
    datasets: backup.datasets.map((d) => ({
      id: d.id, department: d.department, year: d.year, importedAt: d.importedAt, ...(d.sameAs ? { sameAs: d.sameAs } : {}),
      files: d.files.map((f) => ({ name: f.name, chunk: add(new Uint8Array(f.bytes)) })),
    })),
    bulk: backup.bulk && {
      importedAt: backup.bulk.importedAt,
      files: backup.bulk.files,
      columns: (encode(backup.bulk.columns) as { object: Record<string, Encoded> }).object,
    },
  }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const length = new Uint8Array(4)
  new DataView(length.buffer).setUint32(0, json.byteLength, true)
  return new Blob([MAGIC, length, json, ...parts] as BlobPart[], { type: 'application/octet-stream' })
}

/** A file name for today's backup. */
export function backupName(date = new Date()): string {
  return `juesuan-kanban-backup-${date.toISOString().slice(0, 10)}.jskb`
}
