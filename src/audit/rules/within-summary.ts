/**
 * Within the summary tables (01, 04): 本年收入合计 = the income-source rows; 本年支出合计 = the 类 rows
 * (each column of 04); 年初/年末财政拨款结转和结余 = their fund sub-rows (04).
 */
import type { RecognisedTable, Side, TableRow } from '../../model/types'
import { text } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, tableLabel } from '../figures'
import { summaryClassRows, type ItemRole } from '../keys'
import type { Fig } from '../numeric'
import { checkSum } from '../numeric'
import { expenditureColumns, incomeColumn, incomeSourceRows, itemFig, subRows } from '../summary'
import { table } from '../tables'

function sumRows(e: Emitter, t: RecognisedTable, total: Fig | null, rows: TableRow[], side: Side, key: string, what: string) {
  if (!total || !rows.length) return
  const c = side === 'income' ? incomeColumn(t) : expenditureColumns(t).find((x) => x.key === key)
  if (!c) return
  const parts = rows.map((r) => cellFig(t, r, c)).filter((f): f is Fig => f !== null)
  if (total.blank && parts.every((f) => f.blank)) return
  e.outcome(checkSum(total, parts), {
    actual: total, others: parts, screen: { screen: 'overview', table: t.kind },
    expectedLabel: text(`finding.T06-SUMMARY-ROWS.${what}`, { table: tableLabel(t), n: parts.length }),
  })
}

function check(e: Emitter, t: RecognisedTable) {
  const inCol = incomeColumn(t)
  if (inCol) {
    sumRows(e, t, itemFig(t, 'totalIncome', 'income'), incomeSourceRows(t), 'income', inCol.key, 'incomeRows')
    const begin: ItemRole = 'carryoverBegin'
    sumRows(e, t, itemFig(t, begin, 'income'), subRows(t, 'income', 'carryoverBegin'), 'income', inCol.key, 'carryoverBeginParts')
  }
  for (const c of expenditureColumns(t)) {
    sumRows(e, t, itemFig(t, 'totalExpenditure', 'expenditure', c.key), summaryClassRows(t), 'expenditure', c.key, 'classRows')
    sumRows(e, t, itemFig(t, 'carryoverEnd', 'expenditure', c.key), subRows(t, 'expenditure', 'carryoverEnd'), 'expenditure', c.key, 'carryoverEndParts')
  }
}

export const summaryRows = defineRule({
  id: 'T06-SUMMARY-ROWS', family: 'within', severity: 'error',
  description: '收支总表与财政拨款收支总表：本年收入合计 = 各收入行之和；本年支出合计 = 各类支出行之和；结转和结余 = 其分项之和',
  run(e) {
    for (const kind of ['summary', 'fiscalSummary'] as const) {
      const t = table(e.ds, kind)
      if (t) check(e, t)
    }
  },
})
