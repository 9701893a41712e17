/**
 * The record-by-record storage (src/persist/db.ts) over a real IndexedDB implementation (fake-indexeddb): what is
 * written comes back byte for byte, a write replaces the record it names, a write that fails leaves the earlier
 * record whole, and a missing IndexedDB is one clear StorageError.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeStorage, deleteBulk, deleteStored, listStored, loadBulk, saveBulk, saveStored, StorageError, type StoredDataset } from '@/persist/db'
import { classify } from '@/persist/schema'
import { datasetBytes } from '@/persist/size'
import { unpackColumns } from '@/model/facts'
import { legacyColumns, legacyDatasets } from './legacy'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
afterEach(async () => {
  await closeStorage()
})

const bytes = (b: ArrayBuffer) => [...new Uint8Array(b)]
const records = (): StoredDataset[] => legacyDatasets()

describe('stored datasets', () => {
  it('come back byte for byte, one record per id; a save replaces, a delete removes', async () => {
    const [a, b] = records()
    await saveStored(a!)
    await saveStored(b!)
    const back = (await listStored()).sort((x, y) => x.id.localeCompare(y.id))
    expect(back.map((d) => [d.id, d.department, d.year, d.importedAt])).toEqual([[a!.id, a!.department, 2024, a!.importedAt], [b!.id, b!.department, 2023, b!.importedAt]])
    back.forEach((d, i) => d.files.forEach((f, j) => expect(bytes(f.bytes)).toEqual(bytes([a!, b!][i]!.files[j]!.bytes))))
    expect(datasetBytes(back[0]!)).toBe(datasetBytes(a!))

    await saveStored({ ...a!, department: '改名后的部门', files: [b!.files[0]!] })
    const replaced = await listStored()
    expect(replaced).toHaveLength(2)
    expect(replaced.find((d) => d.id === a!.id)).toMatchObject({ department: '改名后的部门', files: [{ name: b!.files[0]!.name }] })

    await deleteStored(a!.id)
    await deleteStored('not-there')
    expect((await listStored()).map((d) => d.id)).toEqual([b!.id])
  })

  it('a record that cannot be stored leaves the earlier one as it was', async () => {
    const [a] = records()
    await saveStored(a!)
    const broken = { ...a!, files: [{ name: 'x.csv', bytes: (() => 1) as unknown as ArrayBuffer }] }
    await expect(saveStored(broken)).rejects.toBeInstanceOf(StorageError)
    const back = await listStored()
    expect(back.map((d) => d.files.map((f) => f.name))).toEqual([a!.files.map((f) => f.name)])
  })
})

describe('stored bulk facts', () => {
  it('come back column for column; a save replaces every column, a delete leaves none', async () => {
    const columns = legacyColumns()
    expect(await loadBulk()).toBeNull()
    await saveBulk({ id: 'bulk', importedAt: '2026-11-03T10:00:00.000Z', files: ['city.csv'], columns })
    const back = await loadBulk()
    expect(back).toMatchObject({ id: 'bulk', importedAt: '2026-11-03T10:00:00.000Z', files: ['city.csv'] })
    expect(unpackColumns(back!.columns, { deep: true })).toEqual(columns)

    const fewer = { ...columns, length: 1, departments: ['只留一个'] }
    await saveBulk({ id: 'bulk', importedAt: '2026-11-04T10:00:00.000Z', files: ['b.csv'], columns: fewer })
    expect((await loadBulk())?.columns).toEqual(fewer)

    await deleteBulk()
    expect(await loadBulk()).toBeNull()
  })

  it('a write that fails half-way keeps the earlier bulk facts whole (one transaction)', async () => {
    const columns = legacyColumns()
    await saveBulk({ id: 'bulk', importedAt: 'a', files: ['city.csv'], columns })
    // a column that cannot be cloned fails its put after others were written in the same transaction
    const bad = { ...columns, sources: [() => 'not cloneable'] as unknown as string[] }
    await expect(saveBulk({ id: 'bulk', importedAt: 'b', files: ['bad.csv'], columns: bad })).rejects.toBeInstanceOf(StorageError)
    const back = await loadBulk()
    expect(back?.files).toEqual(['city.csv'])
    expect(back?.columns).toEqual(columns)
  })
})

describe('storage errors', () => {
  it('without IndexedDB every call fails with the issue "unavailable"', async () => {
    // @ts-expect-error: the browser has no IndexedDB here
    globalThis.indexedDB = undefined
    await expect(listStored()).rejects.toMatchObject({ issue: 'unavailable' })
    await expect(saveStored(records()[0]!)).rejects.toMatchObject({ issue: 'unavailable' })
    await expect(loadBulk()).rejects.toMatchObject({ issue: 'unavailable' })
  })

  it('names a full disk "quota" and keeps its message', () => {
    const full = classify(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))
    expect(full).toBeInstanceOf(StorageError)
    expect([full.issue, full.message]).toEqual(['quota', 'The quota has been exceeded.'])
    expect(classify(new Error('other')).issue).toBe('failed')
  })
})

describe('a restored backup that cannot be written', () => {
  it('leaves every store as it was', async () => {
    const { writeAll } = await import('@/persist/all')
    const columns = legacyColumns()
    const [a, b] = records()
    await saveStored(a!)
    await saveBulk({ id: 'bulk', importedAt: 'a', files: ['city.csv'], columns })
    const bad = { ...columns, files: [() => 'not cloneable'] as unknown as string[] }
    await expect(writeAll({ datasets: [b!], bulk: { id: 'bulk', importedAt: 'b', files: ['bad.csv'], columns: bad } })).rejects.toBeInstanceOf(StorageError)
    expect((await listStored()).map((d) => d.id)).toEqual([a!.id])
    expect((await loadBulk())?.columns).toEqual(columns)
  })
})
