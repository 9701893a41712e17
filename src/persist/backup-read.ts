/**
 * Reading a backup file (layout in backup.ts). Everything is checked before anything is returned: the
 * marker, the header's shape, every chunk's length and CRC-32, that each chunk is used exactly once, and the
 * bulk columns as deeply as stored columns are checked on load. A rejected file throws a BackupError naming
 * what is wrong and where; nothing has been written by then.
 */
import { unpackColumns } from '@/model/facts'
import { crc32 } from './crc32'
import { BACKUP_FORMAT, BACKUP_VERSION, MAGIC, TYPED, type Backup, type Encoded, type Header } from './backup'
import type { StoredBulk, StoredDataset } from './schema'

export type BackupIssue = 'notBackup' | 'newer' | 'damaged' | 'truncated' | 'checksum' | 'columns' | 'empty'

export class BackupError extends Error {
  constructor(
    readonly issue: BackupIssue,
    readonly detail = '',
  ) {
    super(detail ? `${issue}: ${detail}` : issue)
  }
}

const damaged = (detail: string) => new BackupError('damaged', detail)
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0
const isText = (v: unknown): v is string => typeof v === 'string'

/** The header, checked field by field. */
function checkHeader(h: unknown): Header {
  if (!isObject(h) || h.format !== BACKUP_FORMAT) throw new BackupError('notBackup')
  if (!Number.isInteger(h.version) || (h.version as number) < 1) throw damaged('version')
  if ((h.version as number) > BACKUP_VERSION) throw new BackupError('newer', String(h.version))
  if (!Array.isArray(h.chunks) || !h.chunks.every((c) => isObject(c) && isIndex(c.length) && isIndex(c.crc32))) throw damaged('chunks')
  if (!Array.isArray(h.datasets)) throw damaged('datasets')
  const ids = new Set<string>()
  h.datasets.forEach((d: unknown, i) => {
    const ok = isObject(d) && isText(d.id) && d.id !== '' && isText(d.department) && d.department.trim() !== '' &&
      Number.isInteger(d.year) && isText(d.importedAt) && (d.sameAs === undefined || isText(d.sameAs)) && Array.isArray(d.files) &&
      d.files.every((f) => isObject(f) && isText(f.name) && isIndex(f.chunk))
    if (!ok) throw damaged(`datasets[${i}]`)
    if (ids.has(d.id as string)) throw damaged(`datasets[${i}]: id ${String(d.id)} twice`)
    ids.add(d.id as string)
  })
  const b = h.bulk
  if (b !== null && !(isObject(b) && isText(b.importedAt) && Array.isArray(b.files) && b.files.every(isText) && isObject(b.columns))) {
    throw damaged('bulk')
  }
  return h as unknown as Header
}

/** Parse and check a backup file. Throws BackupError; returns only a backup that is whole. */
export function readBackup(bytes: Uint8Array): Backup {
  const start = MAGIC.length + 4
  if (bytes.length < start || MAGIC.some((b, i) => bytes[i] !== b)) throw new BackupError('notBackup')
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + MAGIC.length, 4).getUint32(0, true)
  if (start + headerLength > bytes.length) throw new BackupError('truncated', 'header')
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + headerLength)))
  } catch {
    throw damaged('header')
  }
  const header = checkHeader(parsed)

  let offset = start + headerLength
  const total = header.chunks.reduce((n, c) => n + c.length, 0)
  if (offset + total > bytes.length) throw new BackupError('truncated', `${bytes.length - offset} / ${total}`)
  if (offset + total < bytes.length) throw damaged(`${bytes.length - offset - total} bytes after the last chunk`)
  const views = header.chunks.map((c) => bytes.subarray(offset, (offset += c.length)))
  const used = new Set<number>()
  const take = (i: number, what: string): Uint8Array => {
    const view = views[i]
    if (!view || used.has(i)) throw damaged(`${what}: chunk ${i}`)
    used.add(i)
    if (crc32(view) !== header.chunks[i]!.crc32) throw new BackupError('checksum', what)
    return view
  }
  const decode = (e: unknown, what: string): unknown => {
    if (!isObject(e)) throw damaged(what)
    if ('json' in e) return e.json
    if (isObject(e.object)) return Object.fromEntries(Object.entries(e.object).map(([k, v]) => [k, decode(v, `${what}.${k}`)]))
    if (isText(e.typed) && Object.hasOwn(TYPED, e.typed) && isIndex(e.chunk)) {
      const T = TYPED[e.typed as keyof typeof TYPED]
      const view = take(e.chunk, what)
      if (view.byteLength % T.BYTES_PER_ELEMENT) throw damaged(`${what}: ${view.byteLength} bytes`)
      return new T(view.slice().buffer)
    }
    throw damaged(what)
  }

  const datasets: StoredDataset[] = header.datasets.map((d) => ({
    id: d.id, department: d.department, year: d.year, importedAt: d.importedAt, ...(d.sameAs ? { sameAs: d.sameAs } : {}),
    files: d.files.map((f) => ({ name: f.name, bytes: take(f.chunk, `${d.department} ${d.year} ${f.name}`).slice().buffer })),
  }))
  let bulk: StoredBulk | null = null
  if (header.bulk) {
    const columns = decode({ object: header.bulk.columns } satisfies Encoded, 'bulk')
    try {
      unpackColumns(columns, { deep: true })
    } catch (e) {
      throw new BackupError('columns', (e as Error).message)
    }
    bulk = { id: 'bulk', importedAt: header.bulk.importedAt, files: header.bulk.files, columns: columns as StoredBulk['columns'] }
  }
  if (used.size !== views.length) throw damaged(`${views.length - used.size} chunks belong to no record`)
  if (!datasets.length && !bulk) throw new BackupError('empty')
  return { datasets, bulk }
}
