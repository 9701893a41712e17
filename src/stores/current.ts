/** Derived figures of the dataset in view: computed once per dataset, shared by all screens. */
import { defineStore, storeToRefs } from 'pinia'
import { computed, watch } from 'vue'
import { buildOverview } from '@/model/overview'
import { priorYear } from '@/model/priorYear'
import { buildTree, expenditureTable } from '@/model/tree'
import type { Dataset } from '@/model/types'
import { tallyFindings } from '@/audit'
import { auditRef } from '@/workers/audit-client'
import { useDatasetsStore } from './datasets'
import { useView } from '@/router/useView'

export const useCurrentStore = defineStore('current', () => {
  const { loaded, states, errors, manifestState } = storeToRefs(useDatasetsStore())
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
  /** every loaded department-year (bundled and imported) */
  const all = computed(() => [...loaded.value.values()].map((l) => l.dataset))
  /** the prior year of the dataset in view: the loaded report of the same department, else its own statement */
  const prior = computed(() => (dataset.value ? priorYear(dataset.value, all.value) : null))
  /** the loaded prior-year reports (same array while the same ones stay loaded, so the audit is not re-run for nothing) */
  const priorDatasets = computed<Dataset[]>((before) => {
    const next = prior.value?.datasets ?? []
    return before && before.length === next.length && before.every((d, i) => d === next[i]) ? before : next
  })
  // the department's other bundled years are loaded too (once the manifest is), so the prior year and the series can use them
  watch([dataset, manifestState], ([ds, m]) => {
    if (ds && m === 'ready') void useDatasetsStore().ensureDepartment(ds)
  }, { immediate: true })

  /**
   * A bundled dataset's audit as the build ran it (build/snapshot.ts), while the prior-year reports in view are the
   * ones it was checked beside: the screen draws without waiting for the audit worker, which is not even loaded.
   */
  const built = computed(() => {
    const a = entry.value?.audit
    const ids = priorDatasets.value.map((d) => d.meta.id)
    return a && a.context.length === ids.length && a.context.every((id, i) => id === ids[i]) ? a.report : null
  })
  /** 数据核对 of the dataset in view, beside last year's report when loaded: the same engine as `npm run audit`. */
  // otherwise computed in a worker (workers/audit-client.ts): null until the report arrives, so no screen waits on the rules
  const audited = auditRef(() => {
    const e = entry.value
    if (!e || built.value) return null
    return { datasets: [e.dataset], options: { problems: { [e.dataset.meta.id]: e.problems }, context: priorDatasets.value } }
  })
  const audit = computed(() => built.value ?? audited.value)
  /** counts by severity, and in words: contradictions, to explain, rounding, unreadable (the header badge) */
  const badge = computed(() => (audit.value ? { ...audit.value.counts, ...tallyFindings(audit.value.findings) } : null))

  return { entry, dataset, state, error, overview, tree, all, prior, built, audited, audit, badge }
})
