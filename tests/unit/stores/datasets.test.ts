// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { isReactive } from 'vue'
import { useDatasetsStore, NOT_FOUND } from '@/stores/datasets'
import { useCurrentStore } from '@/stores/current'
import { useViewStore } from '@/stores/view'

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
    expect(store.entries.map((e) => e.id)).toEqual(['zhuzhou-xzsp-2024'])
    expect(store.loaded.size).toBe(0)
    const before = store.loaded
    await store.ensure('zhuzhou-xzsp-2024')
    expect(store.loaded).not.toBe(before)
    expect(store.states['zhuzhou-xzsp-2024']).toBe('ready')
    const ds = store.loaded.get('zhuzhou-xzsp-2024')!.dataset
    expect(isReactive(ds)).toBe(false)
    expect(isReactive(ds.tables.expenditure!.rows)).toBe(false)
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
    useViewStore().datasetId = 'zhuzhou-xzsp-2024'
    const current = useCurrentStore()
    expect(current.overview?.totalExpenditure.value).toBe(1489.93)
    expect(current.tree?.roots.map((r) => r.code)).toEqual(['201', '208', '210', '221'])
    expect(current.badge?.error).toBe(0)
  })
})
