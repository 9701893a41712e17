/** Table spec of the 预算执行 screen; the figures come from model/narrative/budget.ts. Pure. */
import { sections } from '@/model/stated'
import type { TableSpec } from '@/model/tableSpec'
import type { BudgetExecution } from '@/model/narrative/budget'


export interface BudgetLabels {
  code: string
  name: string
  budget: string
  actual: string
  tableActual: string
  statedRate: string
  rate: string
  reason: string
  flag: string
  over: string
  under: string
}

export function budgetSpec(v: BudgetExecution, l: BudgetLabels): TableSpec {
  return {
    columns: [
      { key: 'code', label: l.code, kind: 'text' },
      { key: 'name', label: l.name, kind: 'text', printed: true },
      { key: 'budget', label: l.budget, kind: 'amount' },
      { key: 'actual', label: l.actual, kind: 'amount' },
      { key: 'tableActual', label: l.tableActual, kind: 'amount' },
      { key: 'statedRate', label: l.statedRate, kind: 'statedPercent' },
      { key: 'rate', label: l.rate, kind: 'percent' },
      { key: 'flag', label: l.flag, kind: 'text' },
      { key: 'reason', label: l.reason, kind: 'text', printed: true },
    ],
    rows: v.lines.map((x) => ({
      code: x.code ?? '', name: x.name, budget: x.budget, actual: x.actual, tableActual: x.tableActual,
      statedRate: x.statedRateText ?? x.statedRate, rate: x.rate, reason: x.reason ?? '',
      flag: x.flag === 'over' ? l.over : x.flag === 'under' ? l.under : '',
      target: x.id, item: x.code ?? '',
    })),
  }
}

export const budgetSources = (v: BudgetExecution) => sections(v.figures)
