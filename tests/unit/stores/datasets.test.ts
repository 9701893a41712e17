// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { isReactive, nextTick } from 'vue'
import { snapshots } from '@/build/snapshot'
import { useDatasetsStore, NOT_FOUND } from '@/stores/datasets'
import { useCurrentStore } from '@/stores/current'
import { router } from '@/router'

/** Serve data/ from disk through fetch: the store's real loading path, minus the network. */
function serveData() {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = decodeURIComponent(String(url)).replace(/^.*?data\//, 'data/')
    try {
      const bytes = readFileSync(path)
      return new Response(bytes, { status: 200 })
    } catch {
      return new Response('', { status: 404 })
    }
  })
}

beforeEach(() => {
  setActivePinia(createPinia())
  serveData()
})
afterEach(() => vi.unstubAllGlobals())

describe('datasets store', () => {
  it('loads the manifest, then one dataset lazily, into a replaced (not mutated) shallow map', async () => {
    const store = useDatasetsStore()
    await store.loadManifest()
    expect(store.entries.map((e) => e.id)).toEqual(['zhuzhou-xzsp-2024', 'putuo-guihua-2024', 'putuo-wenlv-2025'])
    expect(new Set(store.entries.map((e) => e.region))).toEqual(new Set(['湖南省株洲市', '上海市普陀区']))
    expect(store.loaded.size).toBe(0)
    const before = store.loaded
    await store.ensure('zhuzhou-xzsp-2024')
    expect(store.loaded).not.toBe(before)
    expect(store.states['zhuzhou-xzsp-2024']).toBe('ready')
    const ds = store.loaded.get('zhuzhou-xzsp-2024')!.dataset
    expect(isReactive(ds)).toBe(false)
    expect(isReactive(ds.tables.expenditure!.rows)).toBe(false)
  })

  it('loads a folder without 说明数据.csv (the Shanghai reports): tables only, no stated figures, no error', async () => {
    const store = useDatasetsStore()
    await store.loadManifest()
    const entry = store.entries.find((e) => e.id === 'putuo-guihua-2024')!
    expect(entry.files).toHaveLength(9)
    expect(entry.files).not.toContain('说明数据.csv')
    expect(entry).toMatchObject({ department: '上海市普陀区规划和自然资源局', year: 2024, region: '上海市普陀区', origin: 'real' })
    await store.ensure('putuo-guihua-2024')
    expect(store.states['putuo-guihua-2024']).toBe('ready')
    const loaded = store.loaded.get('putuo-guihua-2024')!
    expect(loaded.dataset.stated).toEqual([])
    expect(loaded.dataset.meta.region).toBe('上海市普陀区')
    expect(Object.keys(loaded.dataset.tables)).toEqual(expect.arrayContaining(['summary', 'expenditure', 'threePublic']))
    expect(loaded.files.map((f) => f.file)).toEqual(entry.files)
    await router.replace({ name: 'screen', params: { dataset: 'putuo-guihua-2024', screen: 'overview' } })
    expect(useCurrentStore().overview).toBeTruthy()
  })

  it('an unknown id is an error state with a reason, and what is loaded stays', async () => {
    const store = useDatasetsStore()
    await store.loadManifest()
    await store.ensure('zhuzhou-xzsp-2024')
    await store.ensure('nope-2024')
    expect(store.states['nope-2024']).toBe('error')
    expect(store.errors['nope-2024']).toBe(NOT_FOUND)
    expect(store.loaded.has('zhuzhou-xzsp-2024')).toBe(true)
  })

  it('derives the overview, tree and audit of the dataset in view as computed figures', async () => {
    const store = useDatasetsStore()
    await store.loadManifest()
    await store.ensure('zhuzhou-xzsp-2024')
    await router.replace({ name: 'screen', params: { dataset: 'zhuzhou-xzsp-2024', screen: 'overview' } })
    const current = useCurrentStore()
    expect(current.overview?.totalExpenditure.value).toBe(1489.93)
    expect(current.tree?.roots.map((r) => r.code)).toEqual(['201', '208', '210', '221'])
    expect(current.badge?.error).toBe(0)
  })

  it('a bundled dataset read as the build read it brings the build\'s audit, used while its prior years are the ones in view', async () => {
    // read.json as the build writes it into dist/data/<folder>/ (build/snapshot.ts), served beside the CSVs
    const snaps = new Map(snapshots('data').map((x) => [x.folder, x.json]))
    vi.stubGlobal('fetch', async (url: string) => {
      const path = decodeURIComponent(String(url)).replace(/^.*?data\//, '')
      const m = /^(.+)\/read\.json$/.exec(path)
      if (m) return snaps.has(m[1]!) ? new Response(snaps.get(m[1]!)!, { status: 200 }) : new Response('', { status: 404 })
      try {
        return new Response(readFileSync(`data/${path}`), { status: 200 })
      } catch {
        return new Response('', { status: 404 })
      }
    })
    const store = useDatasetsStore()
    await store.loadManifest()
    await store.ensure('zhuzhou-xzsp-2024')
    const loaded = store.loaded.get('zhuzhou-xzsp-2024')!
    expect(loaded.audit?.context).toEqual([])
    await router.replace({ name: 'screen', params: { dataset: 'zhuzhou-xzsp-2024', screen: 'overview' } })
    const current = useCurrentStore()
    expect(current.audit).toBe(loaded.audit!.report)
    expect(current.audited).toBeNull()
    // checked beside another prior year than the one in view: the rules run again (the worker, in a browser)
    store.addImported({ ...loaded, audit: { ...loaded.audit!, context: ['another-2023'] } })
    await nextTick()
    expect(current.built).toBeNull()
    expect(current.audit).not.toBe(loaded.audit!.report)
    expect(current.audit).toEqual(loaded.audit!.report)
  })
})

