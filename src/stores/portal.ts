/**
 * Whole-city data: one FactStore over every department-year — the bundled and imported nine-table datasets,
 * plus bulk files imported in the browser (typed columns from the worker). Columns are never made reactive:
 * the store is held in a shallowRef and replaced when its inputs change.
 */
import { defineStore, storeToRefs } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { datasetsToFacts } from '@/model/dataset-facts'
import { indexFacts, type FactColumns, type FactStore } from '@/model/facts'
import { useDatasetsStore } from './datasets'

export const usePortalStore = defineStore('portal', () => {
  const { loaded, manifest } = storeToRefs(useDatasetsStore())
  /** bulk columns imported in this browser (province scale) */
  const bulk = shallowRef<FactColumns | null>(null)
  const loading = ref(false)

  const store = computed<FactStore | null>(() => {
    if (bulk.value) return indexFacts(bulk.value).store
    const datasets = [...loaded.value.values()].map((l) => l.dataset)
    return datasets.length ? indexFacts(datasetsToFacts(datasets)).store : null
  })
  const departments = computed(() => store.value?.columns.departments ?? [])
  const years = computed(() => store.value?.index.years ?? [])

  /** Load every dataset of the manifest (lazily: only when the whole-city view is opened). */
  async function loadAll(): Promise<void> {
    loading.value = true
    const ds = useDatasetsStore()
    await ds.loadManifest()
    await Promise.all(manifest.value.map((e) => ds.ensure(e.id)))
    loading.value = false
  }

  function setBulk(columns: FactColumns | null): void {
    bulk.value = columns
  }

  return { bulk, loading, store, departments, years, loadAll, setBulk }
})
