/**
 * Backup file: export → clear → restore gives back every record; a damaged, truncated, foreign or newer file
 * is rejected with the reason, before anything is written.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clearAll, readAll, writeAll } from '@/persist/all'
import { MAGIC, writeBackup, type Backup, type Header } from '@/persist/backup'
import { BackupError, readBackup, type BackupIssue } from '@/persist/backup-read'
import { crc32 } from '@/persist/crc32'
import { closeStorage, listStored, loadBulk, saveBulk, saveStored } from '@/persist/db'
import { bulkBytes, datasetBytes } from '@/persist/size'
import { legacyColumns, legacyDatasets } from './legacy'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
afterEach(async () => {
  await closeStorage()
})

function sample(): Backup {
  return { datasets: legacyDatasets(), bulk: { id: 'bulk', importedAt: '2026-11-03T10:00:00.000Z', files: ['city.csv'], columns: legacyColumns() } }
}
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())
const plain = (b: Backup) => ({ ...b, datasets: b.datasets.map((d) => ({ ...d, files: d.files.map((f) => ({ name: f.name, bytes: [...new Uint8Array(f.bytes)] })) })) })

/** The header of a backup file, and a way to write the file again with a changed header. */
function split(file: Uint8Array): { header: Header; rebuild: (h: unknown) => Uint8Array } {
  const n = new DataView(file.buffer, file.byteOffset + MAGIC.length, 4).getUint32(0, true)
  const start = MAGIC.length + 4
  const header = JSON.parse(new TextDecoder().decode(file.subarray(start, start + n))) as Header
  const rest = file.subarray(start + n)
  return {
    header,
    rebuild: (h) => {
      const json = new TextEncoder().encode(JSON.stringify(h))
      const out = new Uint8Array(start + json.length + rest.length)
      out.set(MAGIC)
      new DataView(out.buffer).setUint32(MAGIC.length, json.length, true)
      out.set(json, start)
      out.set(rest, start + json.length)
      return out
    },
  }
}

function rejection(file: Uint8Array): { issue: BackupIssue; detail: string } {
  try {
    readBackup(file)
  } catch (e) {
    if (e instanceof BackupError) return { issue: e.issue, detail: e.detail }
    throw e
  }
  throw new Error('accepted')
}

describe('backup file', () => {
  it('round trip: every file byte and every column come back', async () => {
    const b = sample()
    const back = readBackup(await bytesOf(writeBackup(b)))
    expect(plain(back)).toEqual(plain(b))
    expect(back.bulk!.columns.value).toBeInstanceOf(Float64Array)
    expect(back.bulk!.columns.datasets!.start).toBeInstanceOf(Uint32Array)
  })

  it('export → clear → restore through IndexedDB gives back every record', async () => {
    const b = sample()
    for (const d of b.datasets) await saveStored(d)
    await saveBulk(b.bulk!)
    const file = await bytesOf(writeBackup(await readAll()))
    await clearAll()
    expect(await listStored()).toEqual([])
    expect(await loadBulk()).toBeNull()
    await writeAll(readBackup(file))
    const restored = { datasets: (await listStored()).sort((x, y) => x.id.localeCompare(y.id)), bulk: await loadBulk() }
    expect(plain(restored)).toEqual(plain({ ...b, datasets: [...b.datasets].sort((x, y) => x.id.localeCompare(y.id)) }))
  })

  it('restoring adds to what is stored: same id replaced, others kept', async () => {
    const [a, c] = legacyDatasets()
    await saveStored({ ...a!, importedAt: 'old' })
    await saveStored(c!)
    await writeAll(readBackup(await bytesOf(writeBackup({ datasets: [a!], bulk: null }))))
    const list = await listStored()
    expect(list.map((d) => [d.id, d.importedAt]).sort()).toEqual([[a!.id, a!.importedAt], [c!.id, c!.importedAt]].sort())
  })

  it('the space each takes: file bytes of a dataset, column bytes of bulk facts', () => {
    const [a] = legacyDatasets()
    expect(datasetBytes(a!)).toBe(a!.files.reduce((n, f) => n + f.bytes.byteLength, 0))
    const columns = legacyColumns()
    // ten typed columns of n rows: 4+2+1+4+2+8+1+4+2+4 = 32 bytes a row, plus dictionaries and groups
    expect(bulkBytes({ columns })).toBeGreaterThan(32 * columns.length)
    expect(bulkBytes({ columns })).toBeLessThan(32 * columns.length + 64 * 1024)
  })

  it('crc32 is the standard one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })
})

describe('backup file rejected', () => {
  it('not a backup: a CSV, an empty file, a foreign format name', async () => {
    expect(rejection(new TextEncoder().encode('科目代码,科目名称\n201,一般公共服务支出\n')).issue).toBe('notBackup')
    expect(rejection(new Uint8Array()).issue).toBe('notBackup')
    const { header, rebuild } = split(await bytesOf(writeBackup(sample())))
    expect(rejection(rebuild({ ...header, format: 'other' })).issue).toBe('notBackup')
  })

  it('truncated, or with bytes added at the end', async () => {
    const file = await bytesOf(writeBackup(sample()))
    expect(rejection(file.subarray(0, file.length - 1)).issue).toBe('truncated')
    expect(rejection(file.subarray(0, 40)).issue).toBe('truncated')
    const longer = new Uint8Array(file.length + 3)
    longer.set(file)
    expect(rejection(longer).issue).toBe('damaged')
  })

  it('one flipped byte in a stored file: the checksum names the file', async () => {
    const b = sample()
    const file = await bytesOf(writeBackup(b))
    const { header } = split(file)
    const payload = file.length - header.chunks.reduce((n, c) => n + c.length, 0)
    const damaged = file.slice()
    damaged[payload + 10] = damaged[payload + 10]! ^ 0xff // inside the first chunk: the first dataset's first file
    expect(rejection(damaged)).toEqual({ issue: 'checksum', detail: '株洲市行政审批服务局 2024 zz-01-summary.csv' })
  })

  it('a header that is not JSON, or of the wrong shape', async () => {
    const file = await bytesOf(writeBackup(sample()))
    const { header, rebuild } = split(file)
    const bad = file.slice()
    bad[MAGIC.length + 4] = 0x7b ^ 0x20 // '{' → '['
    expect(rejection(bad).issue).toBe('damaged')
    expect(rejection(rebuild({ ...header, datasets: [{ ...header.datasets[0], year: '2024' }] })).issue).toBe('damaged')
    expect(rejection(rebuild({ ...header, datasets: [header.datasets[0], header.datasets[0]] })).issue).toBe('damaged')
    const dup = structuredClone(header)
    dup.datasets[1]!.files[0]!.chunk = dup.datasets[0]!.files[0]!.chunk
    expect(rejection(rebuild(dup)).issue).toBe('damaged')
    expect(rejection(rebuild({ ...header, bulk: { ...header.bulk, columns: { value: { typed: 'constructor', chunk: 0 } } } })).issue).toBe('damaged')
  })

  it('written by a newer version of the app', async () => {
    const { header, rebuild } = split(await bytesOf(writeBackup(sample())))
    expect(rejection(rebuild({ ...header, version: 2 }))).toEqual({ issue: 'newer', detail: '2' })
  })

  it('bulk columns that fail the stored-columns check (a department index beyond the dictionary)', async () => {
    const b = sample()
    b.bulk!.columns.department[0] = b.bulk!.columns.departments.length
    expect(rejection(await bytesOf(writeBackup(b))).issue).toBe('columns')
  })

  it('a backup with nothing in it', async () => {
    expect(rejection(await bytesOf(writeBackup({ datasets: [], bulk: null }))).issue).toBe('empty')
  })
})
