/**
 * The imports store with a real Pinia and a real IndexedDB implementation (fake-indexeddb). There is no Worker in
 * Node, so import-client.ts runs the same pure import on the main thread: the store's path is the browser's.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { closeStorage, listStored, loadBulk, saveStored } from '@/persist/db'
import { useImportsStore } from '@/stores/imports'
import { useDatasetsStore } from '@/stores/datasets'
import { usePortalStore } from '@/stores/portal'
import { datasetId } from '@/model/dataset'
import { syntheticBulk } from '@/cli/synthetic'
import { legacyDatasets } from '../persist/legacy'

const SEED = 'data/zhuzhou-xzsp-2024'
const seedFiles = () => readdirSync(SEED).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${SEED}/${name}`)) }))
const bulkFile = () => ({ name: 'city.csv', bytes: new TextEncoder().encode([...syntheticBulk({ departments: 4, years: 2, seed: 3 })].join('')) })
const loadedIds = () => [...useDatasetsStore().loaded.keys()].sort()

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})
afterEach(async () => {
  await closeStorage()
})

describe('imports store: the nine tables', () => {
  it('previews the files with progress, then adds and stores them under the confirmed department and year', async () => {
    const imports = useImportsStore()
    const seen: number[] = []
    const files = seedFiles()
    const total = files.reduce((n, f) => n + f.bytes.length, 0)
    const prepared = imports.prepare(files)
    expect(imports.busy).toBe(true)
    expect(imports.progress).toEqual({ done: 0, total })
    const stop = setInterval(() => imports.progress && seen.push(imports.progress.done))
    await prepared
    clearInterval(stop)
    expect([imports.busy, imports.progress, imports.error]).toEqual([false, null, null])
    expect(imports.preview).toMatchObject({ kind: 'tables', department: '株洲市行政审批服务局', year: 2024 })
    expect(imports.preview!.result.tables).toHaveLength(9)
    expect(seen.every((d) => d >= 0 && d <= total)).toBe(true)

    const id = await imports.commit('株洲市行政审批服务局', 2024)
    expect(id).toBe(datasetId('株洲市行政审批服务局', 2024))
    expect(imports.preview).toBeNull()
    expect(imports.storage).toBe('ok')
    expect(loadedIds()).toEqual([id])
    const shown = useDatasetsStore().loaded.get(id!)!.dataset
    expect(shown.meta).toMatchObject({ department: '株洲市行政审批服务局', year: 2024, origin: 'imported' })
    const kept = await listStored()
    expect(kept.map((d) => [d.id, d.files.length])).toEqual([[id, 10]])
    // the bytes kept are the files' bytes, not emptied by the trip to the worker
    expect(kept[0]!.files.map((f) => f.bytes.byteLength)).toEqual(files.map((f) => f.bytes.length))
    expect(imports.existingId('株洲市行政审批服务局', 2024)).toBe(id)
    expect(imports.existingId('株洲市行政审批服务局', 2023)).toBeNull()

    await imports.remove(id!)
    expect(loadedIds()).toEqual([])
    expect(await listStored()).toEqual([])
  })

  it('a cancelled import leaves nothing: no preview, no error, nothing loaded or stored', async () => {
    const imports = useImportsStore()
    const prepared = imports.prepare(seedFiles())
    imports.cancel()
    await prepared
    expect([imports.preview, imports.error, imports.busy]).toEqual([null, null, false])
    expect(loadedIds()).toEqual([])
    expect(await listStored()).toEqual([])
  })

  it('refuses bulk and table files together', async () => {
    const imports = useImportsStore()
    await imports.prepare([seedFiles()[0]!, bulkFile()])
    expect(imports.preview).toBeNull()
    expect(imports.error).toContain('批量长表与公开表不能一起导入')
  })

  it('without IndexedDB keeps the import on the screens and says storage is unavailable', async () => {
    // @ts-expect-error: no IndexedDB in this browser
    globalThis.indexedDB = undefined
    const imports = useImportsStore()
    await imports.prepare(seedFiles())
    const id = await imports.commit('株洲市行政审批服务局', 2024)
    expect(loadedIds()).toEqual([id])
    expect([imports.storage, imports.notice]).toEqual(['unavailable', 'unavailable'])
  })

  it('restore() reads every stored import again, once per page, through the same import', async () => {
    for (const d of legacyDatasets()) await saveStored(d)
    const imports = useImportsStore()
    await Promise.all([imports.restore(), imports.restore()])
    expect(loadedIds()).toEqual(['d1abc-2024', 'd2xyz-2023'])
    expect(imports.stored.map((d) => d.id).sort()).toEqual(['d1abc-2024', 'd2xyz-2023'])
    const gbk = useDatasetsStore().loaded.get('d2xyz-2023')!
    expect(gbk.dataset.tables.expenditure?.rows.length).toBeGreaterThan(0)
    expect(gbk.files[0]).toMatchObject({ encoding: 'gb18030', fatal: false })
    // the stored records keep their bytes (the list shows their size)
    expect(imports.stored.every((d) => d.files.every((f) => f.bytes.byteLength > 0))).toBe(true)
  })
})

describe('imports store: bulk files', () => {
  it('previews the columns, puts them on the whole-city screen and keeps them', async () => {
    const imports = useImportsStore()
    await imports.prepare([bulkFile()])
    expect(imports.preview?.kind).toBe('bulk')
    const rows = imports.preview!.bulk!.columns.length
    expect(rows).toBeGreaterThan(50)
    expect(await imports.commitBulk()).toBe(true)
    expect(usePortalStore().bulk?.length).toBe(rows)
    expect(imports.bulkStored).toMatchObject({ files: ['city.csv'], rows })
    expect((await loadBulk())?.files).toEqual(['city.csv'])
    await imports.removeBulk()
    expect([usePortalStore().bulk, imports.bulkStored, await loadBulk()]).toEqual([null, null, null])
  })
})
