/** 预算执行 figures: stated 年初预算 per line vs 决算 (table 05), stated and recomputed completion rates. Pure. */
import { topicIndex, num, text, fig, printed, figuresOf } from '@/model/stated'
import { pct, ratio } from '@/model/format'
import { completion, type CompletionFlag } from '@/model/completion'
import type { Dataset, StatedFigure } from '@/model/types'

export interface BudgetLine {
  id: string
  code: string | null
  name: string
  budget: number | null
  actual: number | null
  /** 决算 of the same code in 公开05表 (or 03), when the line names a 项 */
  tableActual: number | null
  statedRate: number | null
  statedRateText: string | null
  rate: number | null // recomputed, percent to 0.01
  reason: string | null
  direction: string | null
  /** outside the completion window of model/completion.ts (shared with audit rule R01) */
  flag: CompletionFlag
}

export interface BudgetExecution {
  lines: BudgetLine[]
  total: { budget: number | null; actual: number | null; statedRate: number | null; rate: number | null }
  full: { budget: number | null; executed: number | null; statedRate: number | null; rate: number | null }
  figures: StatedFigure[]
}

export function budgetExecution(ds: Dataset): BudgetExecution {
  const idx = topicIndex(ds.stated, 'budgetExecution')
  const perf = topicIndex(ds.stated, 'performance')
  const table = ds.tables.gpbExpenditure ?? ds.tables.expenditure
  const lines: BudgetLine[] = []
  for (const [item, measures] of idx) {
    if (item === 'total') continue
    const any = [...measures.values()][0]!
    const code = any.code
    const budget = num(idx, item, 'budget')
    const actual = num(idx, item, 'actual')
    const rate = pct(ratio(actual, budget))
    const row = code ? table?.rows.find((r) => r.code === code) : undefined
    lines.push({
      id: item, code, name: any.name, budget, actual, tableActual: row?.values.total ?? null,
      statedRate: num(idx, item, 'rate'), statedRateText: printed(idx, item, 'rate'), rate, reason: text(idx, item, 'reason'), direction: text(idx, item, 'direction'),
      flag: completion(actual, budget)?.flag ?? null,
    })
  }
  const tb = num(idx, 'total', 'budget')
  const ta = num(idx, 'total', 'actual')
  const fb = num(perf, 'overall', 'budgetFull')
  const fe = num(perf, 'overall', 'executed')
  return {
    lines,
    total: { budget: tb, actual: ta, statedRate: num(idx, 'total', 'rate'), rate: pct(ratio(ta, tb)) },
    full: { budget: fb, executed: fe, statedRate: num(perf, 'overall', 'rate'), rate: pct(ratio(fe, fb)) },
    figures: [fig(idx, 'total', 'budget'), fig(perf, 'overall', 'budgetFull'), ...figuresOf(idx)].filter(
      (f): f is StatedFigure => !!f,
    ),
  }
}
