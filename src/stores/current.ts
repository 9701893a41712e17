/** Derived figures of the dataset in view: computed once per dataset, shared by all screens. */
import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { buildOverview } from '@/model/overview'
import { buildTree, expenditureTable } from '@/model/tree'
import { tallyFindings } from '@/audit'
import { auditRef } from '@/workers/audit-client'
import { useDatasetsStore } from './datasets'
import { useView } from '@/router/useView'

export const useCurrentStore = defineStore('current', () => {
  const { loaded, states, errors } = storeToRefs(useDatasetsStore())
  const { datasetId } = useView()

  const entry = computed(() => (datasetId.value ? loaded.value.get(datasetId.value) ?? null : null))
  const dataset = computed(() => entry.value?.dataset ?? null)
  const state = computed(() => (datasetId.value ? states.value[datasetId.value] ?? 'idle' : 'idle'))
  const error = computed(() => (datasetId.value ? errors.value[datasetId.value] ?? null : null))
  const overview = computed(() => (dataset.value ? buildOverview(dataset.value) : null))
  const tree = computed(() => {
    const t = dataset.value ? expenditureTable(dataset.value) : null
    return t ? buildTree(t) : null
  })

  /** 数据核对 of the dataset in view: the same engine and options as `npm run audit`. */
  // computed in a worker (workers/audit-client.ts): null until the report arrives, so no screen waits on the rules
  const audit = auditRef(() => {
    const e = entry.value
    if (!e) return null
    return { datasets: [e.dataset], options: { problems: { [e.dataset.meta.id]: e.problems } } }
  })
  /** counts by severity, and in words: contradictions, to explain, rounding, unreadable (the header badge) */
  const badge = computed(() => (audit.value ? { ...audit.value.counts, ...tallyFindings(audit.value.findings) } : null))

  return { entry, dataset, state, error, overview, tree, audit, badge }
})
