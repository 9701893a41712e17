/**
 * Whole-city data: every loaded department-year (bundled and imported nine-table datasets) and the bulk files
 * imported in the browser (typed columns from the worker). The screen groups them by region into one FactStore
 * each (views/portal/regions.ts). Columns are never made reactive: bulk is a shallowRef replaced on change.
 */
import { defineStore, storeToRefs } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { FactColumns } from '@/model/facts'
import { useDatasetsStore } from './datasets'

export const usePortalStore = defineStore('portal', () => {
  const { loaded, manifest } = storeToRefs(useDatasetsStore())
  /** bulk columns imported in this browser (province scale) */
  const bulk = shallowRef<FactColumns | null>(null)
  const loading = ref(false)

  /** the nine-table datasets loaded so far (bundled and imported), each with its region in meta */
  const datasets = computed(() => [...loaded.value.values()].map((l) => l.dataset))

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

  return { bulk, loading, datasets, loadAll, setBulk }
})
