/**
 * Across the code tables, only where the tables' definitions make them agree:
 *  X03 03 vs 05: 05 (一般公共预算 only) ≤ 03 (all funds) per code; equal when all money is 一般公共预算.
 *  X06 06 人员经费 + 公用经费 = 05 基本支出 (06 details 05's 基本支出).
 *  X07 07/08 totals = 04's 政府性基金 / 国有资本经营 columns.
 *  X10 02 vs 03 per code: equal only when nothing is carried over or used from balances (warning).
 */
import type { RecognisedTable } from '../../model/types'
import { joined, text, type Param } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, tableLabel } from '../figures'
import { allGpb, noCarryover } from '../funding'
import type { Fig } from '../numeric'
import { checkSame } from '../numeric'
import { itemFig } from '../summary'
import { amountAt, codeRows, drillPath, printsAncestor, table, totalRow, uniqueByCode } from '../tables'
import { compare } from './across-summary'

type Pair = (a: Fig[] | null, b: Fig[] | null, code: string | null) => void

/**
 * The same code (and the 合计 row) in two code tables, one column: each side's printed row, or the sum of
 * its printed descendants when it prints only finer rows. A code one side prints at a coarser level only is
 * skipped; a code one side has no trace of is reported as missing by the caller.
 */
function pairRows(a: RecognisedTable, b: RecognisedTable, key: string, fn: Pair) {
  const ta = totalRow(a, key)
  const tb = totalRow(b, key)
  if (ta && tb) fn([cellFig(a, ta, key)!], [cellFig(b, tb, key)!], null)
  const rowsA = uniqueByCode(codeRows(a))
  const rowsB = uniqueByCode(codeRows(b))
  const codes = [...new Set([...rowsA.map((r) => r.code!), ...rowsB.map((r) => r.code!)])].sort()
  for (const code of codes) {
    const x = amountAt(a, rowsA, code, key)
    const y = amountAt(b, rowsB, code, key)
    if ((!x && printsAncestor(rowsA, code)) || (!y && printsAncestor(rowsB, code))) continue
    if (x && y && x.length > 1 && y.length > 1) continue // neither prints the code: its rows are compared instead
    fn(x, y, code)
  }
}

/** Equal by definition: the printed side is the checked figure, the other side's figure or sum the expected. */
function equalPair(e: Emitter, a: Fig[] | null, b: Fig[] | null, code: string | null, other: [RecognisedTable, RecognisedTable], note: Param) {
  const screen = code ? { screen: 'drill' as const, path: drillPath(code), code } : { screen: 'drill' as const }
  if (a && !b) return a.length === 1 ? missingRow(e, a[0]!, other[1], code) : undefined
  if (b && !a) return b.length === 1 ? missingRow(e, b[0]!, other[0], code) : undefined
  if (!a || !b) return
  const [actual, expected] = a.length === 1 ? [a[0]!, b] : [b[0]!, a]
  const label = expected.length === 1
    ? expected[0]!.label
    : text('finding.across.codeSum', { table: expected[0]!.cell?.table ?? '', code: code ?? '', n: expected.length })
  compare(e, actual, expected, label, screen, note)
}

function missingRow(e: Emitter, present: Fig, other: RecognisedTable, code: string | null) {
  if (present.blank || present.value === 0) return
  e.flag({
    mismatch: true,
    text: text('finding.across.missingRow', {
      label: present.label, value: present.value.toFixed(present.precision), table: tableLabel(other), row: code ?? text('label.total'),
    }),
    where: [present.ref], screen: code ? { screen: 'drill', path: drillPath(code), code } : { screen: 'drill' },
    actual: present.value, expected: 0, difference: present.value,
  })
}

export const gpbVsExpenditure = defineRule({
  id: 'X03-GPB-03-05', family: 'across', severity: 'error',
  description: '一般公共预算财政拨款支出（05）≤ 支出决算表（03）同科目同列；全部资金为一般公共预算时两表相等',
  run(e) {
    const x = table(e.ds, 'expenditure')
    const g = table(e.ds, 'gpbExpenditure')
    const pre = allGpb(e.ds)
    if (!x || !g) return
    const equal = pre?.holds === true
    for (const key of ['total', 'basic', 'project']) {
      if (!g.columns.some((c) => c.key === key) || !x.columns.some((c) => c.key === key)) continue
      pairRows(g, x, key, (a, b, code) => {
        if (equal) return equalPair(e, a, b, code, [g, x], text('finding.premise', { basis: pre!.basis }))
        if (a?.length === 1 && !b) return missingRow(e, a[0]!, x, code)
        if (a?.length !== 1 || b?.length !== 1) return
        const o = checkSame(a[0]!, b[0]!)
        if (o.difference <= 0) return
        e.outcome({ ...o, cls: 'mismatch' }, {
          actual: a[0]!, expectedLabel: b[0]!.label, others: [b[0]!],
          screen: code ? { screen: 'drill', path: drillPath(code), code } : { screen: 'drill' },
          tail: text('finding.X03-GPB-03-05.larger'),
        })
      })
    }
  },
})

/** 06's 人员经费 and 公用经费 totals (printed total rows, else the sum of its 类 rows is not invented). */
function basicDetailTotals(t: RecognisedTable): Fig[] {
  const out: Fig[] = []
  for (const key of ['personnel', 'public']) {
    const row = totalRow(t, key)
    const f = row && (row.values[key] !== undefined) ? cellFig(t, row, key) : null
    if (f) out.push(f)
  }
  if (!out.length) {
    const row = totalRow(t, 'total')
    const f = row ? cellFig(t, row, 'total') : null
    if (f) out.push(f)
  }
  return out
}

export const basicDetailVsGpb = defineRule({
  id: 'X06-BASIC-06-05', family: 'across', severity: 'error',
  description: '基本支出明细表（06）人员经费 + 公用经费 = 一般公共预算财政拨款支出决算表（05）基本支出合计',
  run(e) {
    const d = table(e.ds, 'gpbBasic')
    const g = table(e.ds, 'gpbExpenditure')
    if (!d || !g) return
    const row = totalRow(g, 'basic')
    const basic = row ? cellFig(g, row, 'basic') : null
    const parts = basicDetailTotals(d)
    const rest = joined(parts.map((f): Param => (f.cell ? (f.cell.column === null ? f.cell.row : text('label.rowColumn', { row: f.cell.row, column: f.cell.column })) : f.label)))
    compare(e, basic, parts, text('finding.X06-BASIC-06-05.parts', { table: tableLabel(d), parts: rest }), { screen: 'overview', table: 'gpbBasic' })
  },
})

export const fundTablesVsFiscal = defineRule({
  id: 'X07-FUNDS-07-08-04', family: 'across', severity: 'error',
  description: '政府性基金表（07）、国有资本经营表（08）的合计 = 财政拨款收支总表（04）对应列',
  run(e) {
    const f = table(e.ds, 'fiscalSummary')
    if (!f) return
    const gf = table(e.ds, 'govFund')
    if (gf) {
      const screen = { screen: 'overview' as const, table: 'govFund' as const }
      compare(e, totalCellOf(gf, 'total'), itemFig(f, 'totalExpenditure', 'expenditure', 'govFund'), text('finding.X07-FUNDS-07-08-04.govFundSpending', { table: tableLabel(f) }), screen)
      compare(e, totalCellOf(gf, 'income'), itemFig(f, 'incomeGovFund', 'income'), text('finding.X07-FUNDS-07-08-04.govFundIncome', { table: tableLabel(f) }), screen)
    }
    const sc = table(e.ds, 'stateCapital')
    if (sc) {
      compare(e, totalCellOf(sc, 'total'), itemFig(f, 'totalExpenditure', 'expenditure', 'stateCapital'), text('finding.X07-FUNDS-07-08-04.stateCapitalSpending', { table: tableLabel(f) }), { screen: 'overview', table: 'stateCapital' })
    }
  },
})

function totalCellOf(t: RecognisedTable, key: string): Fig | null {
  const row = totalRow(t, key)
  return row && t.columns.some((c) => c.key === key) ? cellFig(t, row, key) : null
}

export const incomeVsSpendingCodes = defineRule({
  id: 'X10-INCOME-SPENDING-CODES', family: 'across', severity: 'warning',
  description: '无任何结转结余时，收入决算表（02）与支出决算表（03）同科目金额相等',
  run(e) {
    const i = table(e.ds, 'income')
    const x = table(e.ds, 'expenditure')
    const pre = noCarryover(e.ds)
    if (!i || !x || !pre?.holds) return
    pairRows(i, x, 'total', (a, b, code) => equalPair(e, a, b, code, [i, x], text('finding.premise', { basis: pre.basis })))
  },
})
