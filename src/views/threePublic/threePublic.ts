/** 三公经费: 公开09表 (budget and actual by part) beside the narrative's figures, changes and derived prior year. */
import { topicIndex, num, printed, sections, figuresOf } from '@/model/stated'
import { pct, ratio, sumCents } from '@/model/format'
import type { Dataset, StatedFigure, SourceRef } from '@/model/types'
import { priorYear, type PriorProvenance, type PriorYear } from '@/model/priorYear'
import type { TableSpec } from '@/model/tableSpec'

export const PARTS = ['abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception', 'total'] as const
export type Part = (typeof PARTS)[number]

export interface PartRow {
  part: Part
  tableBudget: number | null
  tableActual: number | null
  statedBudget: number | null
  statedActual: number | null
  statedRate: number | null
  statedRateText: string | null
  rate: number | null // actual / stated budget, recomputed
  /** this year's figure the change and last year's figure are reckoned from (yearFigure: the table's, else the statement's) */
  current: number | null
  changeAmount: number | null
  changePct: number | null
  changePctText: string | null
  /** last year: the loaded report's figure, else this year's stated (or derived: actual − change) one */
  prior: number | null
  priorProvenance: PriorProvenance | null
  /** this year's report's own 上年数 differs from the loaded report's (万元, own − loaded) */
  priorOwnDiff: number | null
}

export interface ThreePublicView {
  rows: PartRow[]
  table: { file: string; line: number } | null
  vehicles: number | null
  groups: number | null
  visitors: number | null
  /** stated total budget vs the sum of the stated part budgets (abroad + vehicle + reception) */
  budgetParts: { stated: number | null; sum: number | null }
  figures: StatedFigure[]
  tableRef: SourceRef | null
}

/**
 * The 三公 screen's figures. Changes against last year and last year's figures come from `prior` (the loaded report
 * of last year when there is one, see model/priorYear.ts); without `prior`, from this year's report alone.
 */
export function threePublicView(ds: Dataset, prior: PriorYear = priorYear(ds, [ds])): ThreePublicView {
  const idx = topicIndex(ds.stated, 'threePublic')
  const t09 = ds.tables.threePublic
  const row = t09?.rows.find((r) => Object.keys(r.values).some((k) => k.startsWith('actual.')))
  const tv = (k: string) => row?.values[k] ?? null
  const rows = PARTS.map<PartRow>((part) => {
    const sb = num(idx, part, 'budget')
    const sa = num(idx, part, 'actual')
    const c = prior.change(`threePublic.${part}`)
    const loaded = c.provenance === 'loaded'
    return {
      part, tableBudget: tv(`budget.${part}`), tableActual: tv(`actual.${part}`), statedBudget: sb, statedActual: sa,
      statedRate: num(idx, part, 'rate'), statedRateText: printed(idx, part, 'rate'), rate: pct(ratio(sa, sb)),
      current: c.current?.value ?? null,
      changeAmount: loaded ? c.amount : num(idx, part, 'changeAmount'), changePct: loaded ? c.pct : num(idx, part, 'changePct'),
      changePctText: loaded ? (c.pct === null ? null : c.pct.toFixed(2)) : printed(idx, part, 'changePct'),
      prior: c.prior.value, priorProvenance: c.prior.provenance, priorOwnDiff: c.prior.ownDiff,
    }
  })
  const b = (p: Part) => num(idx, p, 'budget')
  const partsSum = sumCents([b('abroad'), b('vehicle'), b('reception')])
  return {
    rows,
    table: t09 && row ? { file: t09.file, line: row.line } : null,
    vehicles: num(idx, 'vehicles', 'count'),
    groups: num(idx, 'receptions', 'groups'),
    visitors: num(idx, 'receptions', 'visitors'),
    budgetParts: { stated: b('total'), sum: partsSum },
    figures: figuresOf(idx),
    tableRef: t09 && row ? { file: t09.file, line: row.line, section: t09.marker ?? t09.title } : null,
  }
}

export interface TPLabels {
  part: string
  tableBudget: string
  tableActual: string
  statedBudget: string
  statedActual: string
  statedRate: string
  rate: string
  change: string
  changePct: string
  prior: string
  names: Record<string, string>
}

export function threePublicSpec(v: ThreePublicView, l: TPLabels): TableSpec {
  return {
    columns: [
      { key: 'part', label: l.part, kind: 'text' },
      { key: 'tableBudget', label: l.tableBudget, kind: 'amount' },
      { key: 'statedBudget', label: l.statedBudget, kind: 'amount' },
      { key: 'tableActual', label: l.tableActual, kind: 'amount' },
      { key: 'statedActual', label: l.statedActual, kind: 'amount' },
      { key: 'statedRate', label: l.statedRate, kind: 'statedPercent' },
      { key: 'rate', label: l.rate, kind: 'percent' },
      { key: 'change', label: l.change, kind: 'amount' },
      { key: 'changePct', label: l.changePct, kind: 'statedPercent' },
      { key: 'prior', label: l.prior, kind: 'amount' },
    ],
    rows: v.rows.map((r) => ({
      part: l.names[r.part] ?? r.part, tableBudget: r.tableBudget, statedBudget: r.statedBudget, tableActual: r.tableActual,
      statedActual: r.statedActual, statedRate: r.statedRateText ?? r.statedRate, rate: r.rate, change: r.changeAmount,
      changePct: r.changePctText ?? r.changePct, prior: r.prior, target: r.part,
    })),
  }
}

export function threePublicSources(v: ThreePublicView): string {
  const parts = [v.tableRef ? `${v.tableRef.section}（${v.tableRef.file}）` : '', sections(v.figures)]
  return parts.filter(Boolean).join('；')
}
