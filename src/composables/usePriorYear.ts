/**
 * The prior year of a dataset on screen (model/priorYear.ts over every loaded dataset) and the words every screen
 * uses for where it comes from: the loaded report (named), this year's statement, or derived from it.
 */
import { computed, type Ref } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'vue-i18n'
import { useCurrentStore } from '@/stores/current'
import { priorRefs, priorYear, type PriorFigure, type PriorProvenance } from '@/model/priorYear'
import type { Dataset, SourceRef } from '@/model/types'

/** "公开01表 总计（01_收入支出决算总表.csv）"; stated figures name their section. */
export function refText(r: SourceRef): string {
  return r.section ? `${r.section}（${r.file}）` : r.file
}

export function usePriorYear(dataset: Ref<Dataset>) {
  const { t } = useI18n()
  const { all } = storeToRefs(useCurrentStore())
  const prior = computed(() => priorYear(dataset.value, all.value))
  /** "株洲市行政审批服务局 2023年" of the loaded reports */
  const reports = (ids: readonly string[]) =>
    ids.map((id) => all.value.find((d) => d.meta.id === id)).filter((d): d is Dataset => !!d)
      .map((d) => t('prior.report', { dept: d.meta.department, year: d.meta.year })).join(t('yoy.listSep'))
  /** short mark of a provenance: 已载入报告 / 本年报告所述 / 推算 */
  const mark = (p: PriorProvenance | null) => (p ? t(`prior.mark.${p}`) : '')
  /** a year's column label: plain for a loaded year, marked otherwise */
  const yearLabel = (year: number, p: PriorProvenance | null) => (p && p !== 'loaded' ? t('prior.yearMarked', { year, mark: mark(p) }) : String(year))
  /** where the prior-year figure stands, each place with its report: for a panel's source note */
  const source = (p: PriorFigure): string => {
    if (p.provenance === 'loaded') return priorRefs(p).map((r, i) => `${reports([p.datasetIds[i]!])} ${refText(r)}`).join('；')
    return priorRefs(p).map(refText).join('；')
  }
  /** one sentence for a panel's notes: where the prior-year figure comes from */
  const note = (p: PriorFigure): string => {
    if (p.provenance === 'loaded') return t('prior.noteLoaded', { year: p.year, reports: reports(p.datasetIds) })
    if (p.provenance === 'stated') return t('prior.noteStated', { year: p.year })
    if (p.provenance === 'derived') return t('prior.noteDerived', { year: p.year })
    return ''
  }
  return { prior, all, reports, mark, yearLabel, note, source }
}
