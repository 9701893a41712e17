/**
 * Balance identities of the summary tables and the 07 fund table. Blank cells are null and count as 0
 * only inside these sums (the message says so); a row the layout does not print is left out.
 *   01: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余
 *   04: 本年收入合计 + 年初财政拨款结转和结余 = 总计 = 本年支出合计 + 年末财政拨款结转和结余 (each fund column)
 *   07: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 (every row)
 */
import type { RecognisedTable } from '../../model/types'
import { joined, text, type Param } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, rowLabel, tableLabel } from '../figures'
import { col } from '../keys'
import type { Fig, Term } from '../numeric'
import { checkLinear, checkSame } from '../numeric'
import { expenditureColumns, itemFig } from '../summary'
import { table } from '../tables'

const plus = (figs: readonly (Fig | null)[]): Term[] => figs.filter((f): f is Fig => f !== null).map((fig) => ({ fig, coef: 1 }))
/** The terms' row names (without table and column), joined with ' + '. */
const names = (terms: readonly Term[]) => joined(terms.map((t): Param => t.fig.cell?.row ?? t.fig.label))

function sideBalance(e: Emitter, t: RecognisedTable, total: Fig | null, terms: Term[]) {
  if (!total || !terms.length) return
  e.outcome(checkLinear(total, terms), {
    actual: total, others: terms.map((x) => x.fig), screen: { screen: 'overview', table: t.kind },
    expectedLabel: text('finding.balance.side', { table: tableLabel(t), rows: names(terms) }),
  })
}

function summaryBalance(e: Emitter, t: RecognisedTable, withSurplus: boolean) {
  const grandIn = itemFig(t, 'grandTotalIncome', 'income')
  sideBalance(e, t, grandIn, plus([
    itemFig(t, 'totalIncome', 'income'),
    withSurplus ? itemFig(t, 'useNonFiscal', 'income') : null,
    itemFig(t, 'carryoverBegin', 'income'),
  ]))
  for (const c of expenditureColumns(t)) {
    const grandOut = itemFig(t, 'grandTotalExpenditure', 'expenditure', c.key)
    sideBalance(e, t, grandOut, plus([
      itemFig(t, 'totalExpenditure', 'expenditure', c.key),
      withSurplus ? itemFig(t, 'distribution', 'expenditure', c.key) : null,
      itemFig(t, 'carryoverEnd', 'expenditure', c.key),
    ]))
  }
  const grandOut = itemFig(t, 'grandTotalExpenditure', 'expenditure')
  if (grandIn && grandOut) {
    e.outcome(checkSame(grandIn, grandOut), {
      actual: grandIn, expectedLabel: grandOut.label, others: [grandOut], screen: { screen: 'overview', table: t.kind },
    })
  }
}

export const summaryBalanceRule = defineRule({
  id: 'B01-SUMMARY-BALANCE', family: 'balance', severity: 'error',
  description: '收支总表：本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
  run(e) {
    const t = table(e.ds, 'summary')
    if (t) summaryBalance(e, t, true)
  },
})

export const fiscalBalanceRule = defineRule({
  id: 'B02-FISCAL-BALANCE', family: 'balance', severity: 'error',
  description: '财政拨款收支总表：本年收入合计 + 年初财政拨款结转和结余 = 总计 = 本年支出合计 + 年末财政拨款结转和结余（各列）',
  run(e) {
    const t = table(e.ds, 'fiscalSummary')
    if (t) summaryBalance(e, t, false)
  },
})

export const govFundBalanceRule = defineRule({
  id: 'B03-GOVFUND-ROW', family: 'balance', severity: 'error',
  description: '政府性基金表每行：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余',
  run(e) {
    const t = table(e.ds, 'govFund')
    if (!t) return
    const [begin, income, spent, end] = (['carryoverBegin', 'income', 'total', 'carryoverEnd'] as const).map((r) => col(t, r))
    if (!begin || !income || !spent || !end) return
    for (const row of t.rows) {
      const [b, i, s, x] = [begin, income, spent, end].map((c) => cellFig(t, row, c))
      if (!b || !i || !s || !x || [b, i, s, x].every((f) => f.blank)) continue
      e.outcome(checkLinear(x, [{ fig: b, coef: 1 }, { fig: i, coef: 1 }, { fig: s, coef: -1 }]), {
        actual: x, others: [b, i, s], screen: { screen: 'overview', table: 'govFund', ...(row.code ? { code: row.code } : {}) },
        expectedLabel: text('finding.B03-GOVFUND-ROW.expected', { table: tableLabel(t), row: rowLabel(row) }),
      })
    }
  },
})
