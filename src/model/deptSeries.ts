/**
 * A department's figures over every year loaded (model/department.ts decides which datasets are the department).
 * Each year's figure is read as model/yearFigures.ts reads it (table first); the reports of a merged department's
 * year are summed. Only loaded years: figures implied by a report's stated changes are not points here. Pure.
 */
import { departmentDatasets } from './department'
import { sumCents } from './format'
import type { Dataset, SourceRef } from './types'

/** Where a year's figure of `key` stands (one place per report). */
export const refsOf = (y: DeptYear, key: YearKey): SourceRef[] => (y.figures[key] ?? []).map((f) => f.ref)
import { yearFigure, type YearFigure, type YearKey } from './yearFigures'

export interface DeptYear {
  year: number
  datasetIds: string[]
  /** key → the year's figure (null when a report of that year does not give it) */
  values: Partial<Record<YearKey, number | null>>
  /** key → each report's figure of the year (where it stands: `ref`; a narrative figure: `stated`) */
  figures: Partial<Record<YearKey, YearFigure[]>>
}

export interface DeptSeries {
  years: DeptYear[]
  keys: YearKey[]
}

export function departmentSeries(current: Dataset, all: readonly Dataset[], keys: readonly YearKey[]): DeptSeries {
  const byYear = new Map<number, Dataset[]>()
  for (const d of departmentDatasets(current, all)) {
    const list = byYear.get(d.meta.year)
    if (list) list.push(d)
    else byYear.set(d.meta.year, [d])
  }
  const years = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, list]) => {
      const values: DeptYear['values'] = {}
      const figures: DeptYear['figures'] = {}
      for (const key of keys) {
        const figs = list.map((d) => yearFigure(d, key))
        const all = figs.every((f): f is YearFigure => f !== null)
        values[key] = all ? sumCents(figs.map((f) => f.value)) : null
        if (all) figures[key] = figs
      }
      return { year, datasetIds: list.map((d) => d.meta.id), values, figures }
    })
  return { years, keys: keys.filter((k) => years.some((y) => y.values[k] !== null && y.values[k] !== undefined)) }
}
