/**
 * Stored data survives every schema version: a database written as each earlier release wrote it (v1, v2, v3)
 * is opened by the current code and every record comes back, byte for byte and column for column.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { openDB } from 'idb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeStorage, listStored, loadBulk, openStorage, saveBulk } from '@/persist/db'
import { STEPS, upgradeWith, VERSION, type Step } from '@/persist/migrations'
import { unpackColumns } from '@/model/facts'
import { inspect, legacyColumns, legacyDatasets, NAME, writeLegacy, type LegacyDataset } from './legacy'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
afterEach(async () => {
  await closeStorage()
})

const bytes = (b: ArrayBuffer) => [...new Uint8Array(b)]
function expectDatasets(found: LegacyDataset[], expected: LegacyDataset[]) {
  const byId = new Map(found.map((d) => [d.id, d]))
  expect([...byId.keys()].sort()).toEqual(expected.map((d) => d.id).sort())
  for (const e of expected) {
    const f = byId.get(e.id)!
    expect({ ...f, files: f.files.map((x) => x.name) }).toEqual({ ...e, files: e.files.map((x) => x.name) })
    f.files.forEach((x, i) => expect(bytes(x.bytes)).toEqual(bytes(e.files[i]!.bytes)))
  }
}

describe('schema migrations', () => {
  it('has one step per version; a new database gets the current stores', async () => {
    expect(VERSION).toBe(STEPS.length)
    expect(VERSION).toBeGreaterThanOrEqual(3) // v3 is what the release before this change wrote
    const db = await openStorage()
    expect([...db.objectStoreNames].sort()).toEqual(['bulk', 'bulkColumns', 'datasets'])
    expect(db.version).toBe(VERSION)
  })

  it('v3 (today’s release): every dataset and every bulk column is found', async () => {
    const datasets = legacyDatasets()
    const columns = legacyColumns()
    expect(columns.length).toBeGreaterThan(100)
    await writeLegacy(3, datasets, columns)
    expectDatasets(await listStored(), datasets)
    const bulk = await loadBulk()
    expect(bulk?.files).toEqual(['city.csv'])
    expect(bulk?.importedAt).toBe('2026-11-03T10:00:00.000Z')
    expect(bulk?.columns).toEqual(columns)
    expect(() => unpackColumns(bulk!.columns, { deep: true })).not.toThrow()
  })

  it('v2: the single bulk record is split into a meta record and its columns; datasets stay', async () => {
    const datasets = legacyDatasets()
    const columns = legacyColumns()
    await writeLegacy(2, datasets, columns)
    expectDatasets(await listStored(), datasets)
    expect((await loadBulk())?.columns).toEqual(columns)
    await closeStorage()
    const { version, counts } = await inspect()
    expect(version).toBe(VERSION)
    expect(counts).toEqual({ datasets: 2, bulk: 1, bulkColumns: Object.keys(columns).length })
  })

  it('v2 without bulk data and v1: datasets stay, bulk can be saved afterwards', async () => {
    for (const v of [1, 2] as const) {
      globalThis.indexedDB = new IDBFactory()
      const datasets = legacyDatasets()
      await writeLegacy(v, datasets, null)
      expectDatasets(await listStored(), datasets)
      expect(await loadBulk()).toBeNull()
      const columns = legacyColumns()
      await saveBulk({ id: 'bulk', importedAt: 'now', files: ['x.csv'], columns })
      expect((await loadBulk())?.columns).toEqual(columns)
      await closeStorage()
    }
  })

  it('a later version added as a step keeps every record of v3 (no store is dropped and recreated)', async () => {
    const datasets = legacyDatasets()
    const columns = legacyColumns()
    await writeLegacy(3, datasets, columns)
    const next: Step = (db) => {
      db.createObjectStore('later', { keyPath: 'id' })
    }
    const db = await openDB(NAME, VERSION + 1, { upgrade: upgradeWith([...STEPS, next]) as never })
    db.close()
    const { version, counts } = await inspect()
    expect(version).toBe(VERSION + 1)
    expect(counts).toEqual({ datasets: 2, bulk: 1, bulkColumns: Object.keys(columns).length, later: 0 })
  })

  it('a failing step aborts the upgrade: the database keeps its version and its records', async () => {
    await writeLegacy(3, legacyDatasets(), legacyColumns())
    const broken: Step = async (db, tx) => {
      db.createObjectStore('later')
      await tx.objectStore('datasets').clear()
      throw new Error('step failed halfway')
    }
    await expect(openDB(NAME, VERSION + 1, { upgrade: upgradeWith([...STEPS, broken]) as never })).rejects.toThrow()
    const { version, counts } = await inspect()
    expect(version).toBe(3)
    expect(counts.datasets).toBe(2)
    expect(counts.later).toBeUndefined()
  })
})
