/** Headline totals of a dataset for the audit report (万元, as printed; null when the table is missing). */
import type { Dataset, TableKind, Unit } from '../model/types'
import { firstTableFig, type TableFigure } from './locate'

const TOTAL_SOURCES: Readonly<Record<string, readonly TableFigure[]>> = {
  totalIncome: ['01.totalIncome', '02.total'],
  totalExpenditure: ['01.totalExpenditure', '03.total', '05.total'],
  grandTotal: ['01.grandTotal'],
  basic: ['03.basic', '05.basic'],
  project: ['03.project', '05.project'],
  fiscalGrandTotal: ['04.grandTotal'],
  gpbExpenditure: ['05.total'],
}

export const TOTAL_LABELS: Readonly<Record<string, string>> = {
  totalIncome: '本年收入合计', totalExpenditure: '本年支出合计', grandTotal: '收支总计', basic: '基本支出',
  project: '项目支出', fiscalGrandTotal: '财政拨款收支总计', gpbExpenditure: '一般公共预算财政拨款支出',
}

export function datasetTotals(ds: Dataset): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  for (const [key, sources] of Object.entries(TOTAL_SOURCES)) {
    const f = firstTableFig(ds, sources)
    out[key] = f ? f.value : null
  }
  return out
}

/** The unit the tables were printed in (the first recognised table's), or null without tables. */
export function sourceUnit(ds: Dataset): Unit | null {
  for (const kind of Object.keys(ds.tables) as TableKind[]) {
    const t = ds.tables[kind]
    if (t) return t.unit
  }
  return null
}
