/**
 * Named table figures the statement rules compare with: '01.totalExpenditure', '05.total', '03.basic' …
 * Each returns the printed cell (blank → 0 with blank: true) or null when the table or row is missing.
 */
import type { Dataset, TableKind } from '../model/types'
import { cellFig } from './figures'
import { COL, col, summaryAmountColumn, summaryRow, type ColRole, type ItemRole } from './keys'
import type { Fig } from './numeric'
import { classAmounts, table, totalRow } from './tables'

export type TableFigure =
  | '01.totalIncome' | '01.totalExpenditure' | '01.grandTotal'
  | '02.total' | '02.fiscal'
  | '03.total' | '03.basic' | '03.project'
  | '04.grandTotal' | '04.totalExpenditure'
  | '05.total' | '05.basic' | '05.project'
  | '06.total' | '06.personnel' | '06.public'

function summaryFig(ds: Dataset, kind: TableKind, role: ItemRole): Fig | null {
  const t = table(ds, kind)
  if (!t) return null
  const row = summaryRow(t, role)
  const c = summaryAmountColumn(t, role === 'totalExpenditure' || role === 'grandTotalExpenditure' ? 'expenditure' : 'income')
  return row && c ? cellFig(t, row, c) : null
}

function totalFig(ds: Dataset, kind: TableKind, key: string): Fig | null {
  const t = table(ds, kind)
  if (!t) return null
  const c = (key in COL ? col(t, key as ColRole) : null) ?? t.columns.find((x) => x.key === key)
  const row = c ? totalRow(t, c.key) : null
  return c && row ? cellFig(t, row, c) : null
}

export function tableFig(ds: Dataset, name: TableFigure): Fig | null {
  switch (name) {
    case '01.totalIncome': return summaryFig(ds, 'summary', 'totalIncome')
    case '01.totalExpenditure': return summaryFig(ds, 'summary', 'totalExpenditure')
    case '01.grandTotal': return summaryFig(ds, 'summary', 'grandTotalIncome')
    case '04.grandTotal': return summaryFig(ds, 'fiscalSummary', 'grandTotalIncome')
    case '04.totalExpenditure': return summaryFig(ds, 'fiscalSummary', 'totalExpenditure')
    case '02.total': return totalFig(ds, 'income', 'total')
    case '02.fiscal': return totalFig(ds, 'income', 'fiscal')
    case '03.total': return totalFig(ds, 'expenditure', 'total')
    case '03.basic': return totalFig(ds, 'expenditure', 'basic')
    case '03.project': return totalFig(ds, 'expenditure', 'project')
    case '05.total': return totalFig(ds, 'gpbExpenditure', 'total')
    case '05.basic': return totalFig(ds, 'gpbExpenditure', 'basic')
    case '05.project': return totalFig(ds, 'gpbExpenditure', 'project')
    case '06.total': return totalFig(ds, 'gpbBasic', 'total')
    case '06.personnel': return totalFig(ds, 'gpbBasic', 'personnel')
    case '06.public': return totalFig(ds, 'gpbBasic', 'public')
  }
}

/** First available of several table figures. */
export function firstTableFig(ds: Dataset, names: readonly TableFigure[]): Fig | null {
  for (const n of names) {
    const f = tableFig(ds, n)
    if (f) return f
  }
  return null
}

/** The figures making up a class amount in a code table: [printed 类 row] or its printed descendants. */
export function classFigs(ds: Dataset, kind: TableKind, code: string, role: ColRole = 'total'): Fig[] | null {
  const t = table(ds, kind)
  const c = t ? col(t, role) : null
  if (!t || !c) return null
  const a = classAmounts(t, c.key).get(code)
  if (!a) return null
  return a.printed ? [a.printed] : a.parts
}
