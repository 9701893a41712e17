/**
 * Across tables, from the summary tables' definitions:
 *  X01 01 本年收入合计 = 02 合计; 01 本年支出合计 = 03 合计; 01 income rows = 02 合计 columns.
 *  X02 01 class rows = 03 by class (printed 类 row or the sum of its printed 项).
 *  X05 04 fund income rows = 01's; when all money is 一般公共预算 also totals and class rows.
 */
import type { RecognisedTable } from '../../model/types'
import { text, type Param } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, tableLabel } from '../figures'
import { allGpb } from '../funding'
import { summaryClassRows, type ItemRole } from '../keys'
import type { Fig } from '../numeric'
import { checkSame, checkSum } from '../numeric'
import { columnFor, itemFig } from '../summary'
import { classAmounts, classFigs, table, totalRow } from '../tables'
import type { ScreenHint } from '../types'

const OVERVIEW: ScreenHint = { screen: 'overview' }

/** a vs b (the same quantity) or a vs Σ parts; nothing when both sides are blank. */
export function compare(e: Emitter, a: Fig | null, b: Fig[] | Fig | null, label: Param, screen: ScreenHint, note?: Param) {
  if (!a || !b) return
  const parts = Array.isArray(b) ? b : [b]
  if (!parts.length || (a.blank && parts.every((f) => f.blank))) return
  const o = parts.length === 1 ? checkSame(a, parts[0]!) : checkSum(a, parts)
  e.outcome(o, { actual: a, expectedLabel: label, others: parts, screen, ...(note ? { note } : {}) })
}

const totalCell = (t: RecognisedTable | null, key: string): Fig | null => {
  const row = t ? totalRow(t, key) : null
  return t && row ? cellFig(t, row, key) : null
}

const INCOME_PAIRS: ReadonlyArray<readonly [ItemRole, string]> = [
  ['incomeUpper', 'upperSubsidy'], ['incomeBusiness', 'business'], ['incomeOperating', 'operating'],
  ['incomeAffiliated', 'affiliated'], ['incomeOther', 'other'],
]

export const summaryVsDetail = defineRule({
  id: 'X01-SUMMARY-DETAIL', family: 'across', severity: 'error',
  description: '收支总表与收入决算表、支出决算表：本年收入合计、本年支出合计及各收入来源一致',
  run(e) {
    const s = table(e.ds, 'summary')
    if (!s) return
    const inc = table(e.ds, 'income')
    const exp = table(e.ds, 'expenditure')
    const t02 = totalCell(inc, 'total')
    const t03 = totalCell(exp, 'total')
    compare(e, itemFig(s, 'totalIncome', 'income'), t02, t02?.label ?? '', OVERVIEW)
    compare(e, itemFig(s, 'totalExpenditure', 'expenditure'), t03, t03?.label ?? '', OVERVIEW)
    if (!inc) return
    const fiscal = totalCell(inc, 'fiscal')
    const funds = (['incomeGpb', 'incomeGovFund', 'incomeStateCapital'] as const).map((r) => itemFig(s, r, 'income'))
    const one = itemFig(s, 'incomeFiscal', 'income')
    const parts = one ? [one] : funds.filter((f): f is Fig => f !== null)
    if (fiscal && parts.length) compare(e, fiscal, parts, text('finding.X01-SUMMARY-DETAIL.fiscalRows', { table: tableLabel(s) }), OVERVIEW)
    for (const [role, key] of INCOME_PAIRS) {
      const b = totalCell(inc, key)
      compare(e, itemFig(s, role, 'income'), b, b?.label ?? '', OVERVIEW)
    }
  },
})

function classCompare(e: Emitter, sum: RecognisedTable, sumKey: string | undefined, detail: RecognisedTable, detailKey: string, note?: Param) {
  const c = columnFor(sum, 'expenditure', sumKey)
  if (!c) return
  const amounts = classAmounts(detail, detailKey)
  const seen = new Set<string>()
  for (const row of summaryClassRows(sum)) {
    if (!row.code) continue
    seen.add(row.code)
    const a = cellFig(sum, row, c)
    const d = amounts.get(row.code)
    const figs = d ? classFigs(d) : []
    const label = figs.length === 1 ? figs[0]!.label : text('finding.across.classSum', { table: tableLabel(detail), code: row.code, n: figs.length })
    const screen: ScreenHint = { screen: 'drill', path: [row.code], code: row.code }
    if (a && !figs.length && !a.blank && a.value !== 0) {
      e.flag({ mismatch: true, text: text('finding.across.missingClass', { label: a.label, value: a.value.toFixed(a.precision), table: tableLabel(detail), code: row.code }), where: [a.ref], screen, actual: a.value, expected: 0, difference: a.value })
      continue
    }
    compare(e, a, figs, label, screen, note)
  }
  for (const [code, d] of amounts) {
    if (seen.has(code) || !summaryClassRows(sum).length) continue
    const figs = classFigs(d).filter((f) => !f.blank && f.value !== 0)
    if (figs.length) {
      e.flag({ mismatch: true, text: text('finding.across.extraClass', { table: tableLabel(detail), code, other: tableLabel(sum) }), where: figs.map((f) => f.ref), screen: { screen: 'drill', path: [code], code } })
    }
  }
}

export const classSummaryVsExpenditure = defineRule({
  id: 'X02-CLASS-01-03', family: 'across', severity: 'error',
  description: '收支总表各类支出 = 支出决算表同类科目之和',
  run(e) {
    const s = table(e.ds, 'summary')
    const x = table(e.ds, 'expenditure')
    if (s && x) classCompare(e, s, undefined, x, 'total')
  },
})

export const classFiscalVsGpb = defineRule({
  id: 'X04-FISCAL-04-05', family: 'across', severity: 'error',
  description: '财政拨款收支总表“一般公共预算财政拨款”列 = 一般公共预算财政拨款支出决算表（合计与各类）',
  run(e) {
    const f = table(e.ds, 'fiscalSummary')
    const g = table(e.ds, 'gpbExpenditure')
    if (!f || !g) return
    const t05 = totalCell(g, 'total')
    compare(e, itemFig(f, 'totalExpenditure', 'expenditure', 'gpb'), t05, t05?.label ?? '', OVERVIEW)
    classCompare(e, f, 'gpb', g, 'total')
  },
})

export const fiscalVsSummary = defineRule({
  id: 'X05-FISCAL-04-01', family: 'across', severity: 'error',
  description: '财政拨款收支总表与收支总表：三项财政拨款收入一致；全部为一般公共预算时总数与各类支出一致',
  run(e) {
    const s = table(e.ds, 'summary')
    const f = table(e.ds, 'fiscalSummary')
    if (!s || !f) return
    for (const role of ['incomeGpb', 'incomeGovFund', 'incomeStateCapital'] as const) {
      const b = itemFig(s, role, 'income')
      compare(e, itemFig(f, role, 'income'), b, b?.label ?? '', OVERVIEW)
    }
    const pre = allGpb(e.ds)
    if (!pre?.holds) return
    const note = text('finding.premise', { basis: pre.basis })
    for (const [role, side] of [['totalIncome', 'income'], ['totalExpenditure', 'expenditure'], ['grandTotalIncome', 'income']] as const) {
      const b = itemFig(s, role, side)
      compare(e, itemFig(f, role, side), b, b?.label ?? '', OVERVIEW, note)
    }
    const fc = columnFor(f, 'expenditure', 'total')
    const sc = columnFor(s, 'expenditure')
    if (!fc || !sc) return
    for (const row of summaryClassRows(f)) {
      const other = summaryClassRows(s).find((r) => r.code === row.code)
      if (!other || !row.code) continue
      const b = cellFig(s, other, sc)
      compare(e, cellFig(f, row, fc), b, b?.label ?? '', { screen: 'drill', path: [row.code], code: row.code }, note)
    }
  },
})
