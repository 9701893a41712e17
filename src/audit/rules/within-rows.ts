/**
 * Within a row: the 合计 column = its component columns, on every row (基本 + 项目 = 合计; the income
 * sources = 本年收入合计; the three fiscal funds = 合计 in 04); the 三公 parts = their totals (09).
 */
import type { ColumnDef, RecognisedTable, TableKind } from '../../model/types'
import { joined, text, type Param } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, rowLabel, tableLabel } from '../figures'
import { THREE_PUBLIC_PARTS, threePublicColumn, type ThreePublicPart, type ThreePublicSide } from '../keys'
import type { Fig } from '../numeric'
import { checkSum } from '../numeric'
import { drillPath, table } from '../tables'
import type { ScreenHint } from '../types'

/** total column key → component keys, per table kind; the first alternative whose columns exist is used */
const ROW_PARTS: Partial<Record<TableKind, ReadonlyArray<readonly [string, ReadonlyArray<readonly string[]>]>>> = {
  income: [
    ['total', [['fiscal', 'upperSubsidy', 'business', 'operating', 'affiliated', 'other'],
      ['fiscal.gpb', 'fiscal.govFund', 'fiscal.stateCapital', 'upperSubsidy', 'business', 'operating', 'affiliated', 'other']]],
    ['fiscal', [['fiscal.gpb', 'fiscal.govFund', 'fiscal.stateCapital']]],
  ],
  expenditure: [['total', [['basic', 'project', 'toUpper', 'operating', 'toAffiliated']]]],
  gpbExpenditure: [['total', [['basic', 'project']]]],
  stateCapital: [['total', [['basic', 'project']]]],
  govFund: [['total', [['basic', 'project']]]],
  gpbBasic: [['total', [['personnel', 'public']]]],
  fiscalSummary: [['total', [['gpb', 'govFund', 'stateCapital']]]],
}

/** The column part of each figure's label, joined with ' + '. */
const columnsOf = (figs: readonly Fig[]) => joined(figs.map((f): Param => f.cell?.column ?? f.label))

function partColumns(t: RecognisedTable, alternatives: ReadonlyArray<readonly string[]>): ColumnDef[] {
  const present = (keys: readonly string[]) =>
    keys.map((k) => t.columns.find((c) => c.key === k)).filter((c): c is ColumnDef => c !== undefined)
  for (const keys of alternatives) if (t.columns.some((c) => c.key === keys[0])) return present(keys)
  return present(alternatives[alternatives.length - 1] ?? [])
}

function rowScreen(t: RecognisedTable, code: string | null): ScreenHint {
  if (code && code.length >= 3 && t.kind !== 'gpbBasic' && t.kind !== 'fiscalSummary') {
    return { screen: 'drill', table: t.kind, path: drillPath(code), code }
  }
  return { screen: 'overview', table: t.kind, ...(code ? { code } : {}) }
}

export const rowParts = defineRule({
  id: 'T04-ROW-PARTS', family: 'within', severity: 'error',
  description: '每一行：合计列 = 各组成列之和（基本支出 + 项目支出 = 合计 等）',
  run(e) {
    for (const [kind, specs] of Object.entries(ROW_PARTS) as [TableKind, NonNullable<(typeof ROW_PARTS)[TableKind]>][]) {
      const t = table(e.ds, kind)
      if (!t) continue
      for (const [totalKey, alternatives] of specs) {
        const totalCol = t.columns.find((c) => c.key === totalKey)
        const parts = partColumns(t, alternatives)
        if (!totalCol || !parts.length) continue
        for (const row of t.rows) {
          if (!(totalCol.key in row.cells) && !(totalCol.key in row.values)) continue
          const total = cellFig(t, row, totalCol)
          const figs = parts.filter((c) => c.key in row.values || c.key in row.cells)
            .map((c) => cellFig(t, row, c)).filter((f): f is Fig => f !== null)
          if (!total || !figs.length || (total.blank && figs.every((f) => f.blank))) continue
          e.outcome(checkSum(total, figs), {
            actual: total, others: figs, screen: rowScreen(t, row.code),
            expectedLabel: text('finding.T04-ROW-PARTS.sameRow', { columns: columnsOf(figs) }),
          })
        }
      }
    }
  },
})

function threePublicSums(e: Emitter, t: RecognisedTable, side: ThreePublicSide) {
  const cols = Object.fromEntries(THREE_PUBLIC_PARTS.map((p) => [p, threePublicColumn(t, side, p)])) as Record<ThreePublicPart, ColumnDef | null>
  const checks: Array<[ThreePublicPart, ThreePublicPart[]]> = [
    ['total', cols.vehicle ? ['abroad', 'vehicle', 'reception'] : ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception']],
    ['vehicle', ['vehiclePurchase', 'vehicleOperation']],
  ]
  for (const row of t.rows) {
    for (const [totalPart, partNames] of checks) {
      const totalCol = cols[totalPart]
      const partCols = partNames.map((p) => cols[p]).filter((c): c is ColumnDef => c !== null)
      if (!totalCol || partCols.length < partNames.length) continue
      const total = cellFig(t, row, totalCol)
      const figs = partCols.map((c) => cellFig(t, row, c)).filter((f): f is Fig => f !== null)
      if (!total || (total.blank && figs.every((f) => f.blank))) continue
      e.outcome(checkSum(total, figs), {
        actual: total, others: figs, screen: { screen: 'threePublic', table: 'threePublic', item: totalPart },
        expectedLabel: text('finding.T05-THREE-PUBLIC-PARTS.parts', { table: tableLabel(t), row: rowLabel(row), columns: columnsOf(figs) }),
      })
    }
  }
}

export const threePublicParts = defineRule({
  id: 'T05-THREE-PUBLIC-PARTS', family: 'within', severity: 'error',
  description: '“三公”表：合计 = 出国 + 公务用车 + 接待；公务用车 = 购置 + 运行维护（预算数、决算数各一次）',
  run(e) {
    const t = table(e.ds, 'threePublic')
    if (!t) return
    threePublicSums(e, t, 'budget')
    threePublicSums(e, t, 'actual')
  },
})
