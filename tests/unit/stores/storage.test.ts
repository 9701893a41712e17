/**
 * The imports and storage stores over IndexedDB (fake-indexeddb): a v3 database comes back on start, a backup
 * restores into the screens, a rejected backup changes nothing, delete all empties storage and screens, and
 * persistent storage is asked for (once by itself, again on request) and reported, or said to be missing.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { closeStorage, listStored, loadBulk } from '@/persist/db'
import { writeBackup } from '@/persist/backup'
import { readBackup } from '@/persist/backup-read'
import { useImportsStore } from '@/stores/imports'
import { useStorageStore } from '@/stores/storage'
import { useDatasetsStore } from '@/stores/datasets'
import { usePortalStore } from '@/stores/portal'
import { legacyColumns, legacyDatasets, writeLegacy } from '../persist/legacy'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})
afterEach(async () => {
  vi.unstubAllGlobals()
  await closeStorage()
})

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())
const ids = () => [...useDatasetsStore().loaded.keys()].sort()

describe('imports store over a database of the release before', () => {
  it('restore() puts every stored department-year on the screens; restoreBulk() the bulk facts, with their size', async () => {
    const columns = legacyColumns()
    await writeLegacy(3, legacyDatasets(), columns)
    const imports = useImportsStore()
    await imports.restore()
    expect(imports.storage).toBe('ok')
    expect(ids()).toEqual(['d1abc-2024', 'd2xyz-2023'])
    const gbk = useDatasetsStore().loaded.get('d2xyz-2023')!.dataset
    expect(gbk.meta.department).toBe('某省测试厅')
    expect(gbk.tables.expenditure?.rows.length).toBeGreaterThan(0)
    await imports.restoreBulk()
    expect(usePortalStore().bulk?.length).toBe(columns.length)
    expect(imports.bulkStored?.rows).toBe(columns.length)
    expect(imports.bulkStored?.bytes).toBeGreaterThan(32 * columns.length)
  })
})

describe('storage store', () => {
  it('export, delete all, restore: the same records in storage and on the screens', async () => {
    const columns = legacyColumns()
    await writeLegacy(3, legacyDatasets(), columns)
    const imports = useImportsStore()
    const storage = useStorageStore()
    await imports.restore()
    const file = await storage.exportFile()
    expect(file?.name).toMatch(/^juesuan-kanban-backup-\d{4}-\d\d-\d\d\.jskb$/)
    expect(storage.message).toMatchObject({ kind: 'ok', key: 'exported', params: { datasets: 2, rows: columns.length } })

    await storage.removeAll()
    expect(await listStored()).toEqual([])
    expect(await loadBulk()).toBeNull()
    expect(ids()).toEqual([])
    expect(imports.stored).toEqual([])
    expect(imports.bulkStored).toBeNull()
    expect(usePortalStore().bulk).toBeNull()

    expect(await storage.restoreFile(await bytesOf(file!.blob))).toBe(true)
    expect(storage.message).toMatchObject({ kind: 'ok', key: 'restored', params: { datasets: 2, rows: columns.length } })
    expect((await listStored()).map((d) => d.id).sort()).toEqual(['d1abc-2024', 'd2xyz-2023'])
    expect((await loadBulk())?.columns).toEqual(columns)
    expect(ids()).toEqual(['d1abc-2024', 'd2xyz-2023'])
    expect(imports.stored.map((d) => d.id).sort()).toEqual(['d1abc-2024', 'd2xyz-2023'])
    expect(usePortalStore().bulk?.length).toBe(columns.length)
  })

  it('a rejected backup leaves storage and screens as they were, with the reason', async () => {
    await writeLegacy(3, legacyDatasets(), null)
    const imports = useImportsStore()
    const storage = useStorageStore()
    await imports.restore()
    const other = legacyDatasets().map((d) => ({ ...d, id: `${d.id}-other`, department: `${d.department}乙` }))
    const file = await bytesOf(writeBackup({ datasets: other, bulk: null }))
    file[file.length - 1] = file[file.length - 1]! ^ 1
    const before = await listStored()
    expect(await storage.restoreFile(file)).toBe(false)
    expect(storage.message).toMatchObject({ kind: 'error', key: 'rejected.checksum' })
    expect(await listStored()).toEqual(before)
    expect(ids()).toEqual(['d1abc-2024', 'd2xyz-2023'])
    expect(await storage.restoreFile(new TextEncoder().encode('not a backup'))).toBe(false)
    expect(storage.message).toMatchObject({ kind: 'error', key: 'rejected.notBackup' })
    expect(readBackup(await bytesOf(writeBackup({ datasets: other, bulk: null }))).datasets).toHaveLength(2) // the file before damage was good
  })

  it('nothing stored: nothing to export', async () => {
    const storage = useStorageStore()
    expect(await storage.exportFile()).toBeNull()
    expect(storage.message).toMatchObject({ kind: 'error', key: 'nothingToExport' })
  })

  it('asks for persistent storage once by itself, again when the user asks, and reports the answer', async () => {
    const persist = vi.fn(async () => false)
    let granted = false
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => granted, persist, estimate: async () => ({ usage: 1234, quota: 10_000_000 }) },
    })
    const storage = useStorageStore()
    await storage.check()
    expect(storage.persisted).toBe('notGranted')
    expect(storage.used).toEqual({ usage: 1234, quota: 10_000_000 })
    await storage.ask()
    await storage.ask()
    expect(persist).toHaveBeenCalledTimes(1)
    expect(storage.persisted).toBe('notGranted')
    persist.mockImplementation(async () => (granted = true))
    await storage.ask(true)
    expect(persist).toHaveBeenCalledTimes(2)
    expect(storage.persisted).toBe('granted')
  })

  it('says so when the browser has no navigator.storage', async () => {
    vi.stubGlobal('navigator', {})
    const storage = useStorageStore()
    await storage.check()
    expect(storage.persisted).toBe('unsupported')
    expect(storage.used).toBeNull()
    await storage.ask(true)
    expect(storage.persisted).toBe('unsupported')
  })
})
