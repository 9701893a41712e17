/**
 * Within a code table: printed 项 rows sum to their printed 款, 款 (or 项 when no 款 is printed) to their
 * printed 类, and the top printed rows to 合计 — in every column. Only parents the export prints are
 * checked; levels it leaves out are not invented.
 */
import { levelOf } from '../../model/classification'
import type { ColumnDef, RecognisedTable, TableRow } from '../../model/types'
import { text } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, tableLabel } from '../figures'
import type { Fig } from '../numeric'
import { checkSum } from '../numeric'
import { CODE_TABLE_KINDS, codeRows, drillPath, nearestPrinted, table, totalRow, uniqueByCode } from '../tables'
import type { ScreenHint } from '../types'

function screenFor(t: RecognisedTable, code: string | null): ScreenHint {
  const base: ScreenHint = { screen: t.kind === 'income' ? 'overview' : 'drill', table: t.kind }
  if (t.kind === 'gpbBasic') return { screen: 'overview', table: t.kind, ...(code ? { code } : {}) }
  return code ? { ...base, path: drillPath(code), code } : base
}

function codeList(rows: readonly TableRow[]): string {
  const codes = rows.map((r) => r.code ?? '')
  return codes.length > 6 ? `${codes.slice(0, 3).join('+')}+…+${codes[codes.length - 1]}` : codes.join('+')
}

/** Columns by distinct key (06 in blocks repeats a key per block). */
function distinctColumns(t: RecognisedTable) {
  const seen = new Set<string>()
  return t.columns.filter((c) => (seen.has(c.key) ? false : (seen.add(c.key), true)))
}

/** `what`: the catalogue key of the expected side's wording ('其下N个项之和（codes）'). */
function checkParent(e: Emitter, t: RecognisedTable, parent: TableRow | ((key: string) => TableRow | null), children: TableRow[], what: string) {
  if (!children.length) return
  for (const col of distinctColumns(t)) {
    const row = typeof parent === 'function' ? parent(col.key) : parent
    if (!row) continue
    checkColumn(e, t, row, children, what, col)
  }
}

function checkColumn(e: Emitter, t: RecognisedTable, parent: TableRow, all: TableRow[], what: string, col: ColumnDef) {
  const children = all.filter((r) => col.key in r.cells || col.key in r.values)
  const total = cellFig(t, parent, col)
  const parts = children.map((r) => cellFig(t, r, col)).filter((f): f is Fig => f !== null)
  if (!total || !parts.length || (total.blank && parts.every((f) => f.blank))) return
  e.outcome(checkSum(total, parts), {
    actual: total,
    expectedLabel: text(what, { table: tableLabel(t), n: children.length, codes: codeList(children) }),
    others: parts,
    screen: screenFor(t, parent.code),
  })
}

function eachCodeTable(e: Emitter, fn: (t: RecognisedTable, rows: TableRow[]) => void) {
  for (const kind of CODE_TABLE_KINDS) {
    const t = table(e.ds, kind)
    if (t) fn(t, uniqueByCode(codeRows(t)))
  }
}

export const sumItemSection = defineRule({
  id: 'T01-SUM-ITEM-SECTION', family: 'within', severity: 'error',
  description: '印出的款行 = 其下印出的项行之和（每一列）',
  run(e) {
    eachCodeTable(e, (t, rows) => {
      for (const parent of rows.filter((r) => levelOf(r.code!) === 'section')) {
        checkParent(e, t, parent, nearestPrinted(rows, parent.code), 'finding.T01-SUM-ITEM-SECTION.children')
      }
    })
  },
})

export const sumSectionClass = defineRule({
  id: 'T02-SUM-SECTION-CLASS', family: 'within', severity: 'error',
  description: '印出的类行 = 其下印出的款行（未印款时为项行）之和（每一列）',
  run(e) {
    eachCodeTable(e, (t, rows) => {
      for (const parent of rows.filter((r) => levelOf(r.code!) === 'class')) {
        checkParent(e, t, parent, nearestPrinted(rows, parent.code), 'finding.T02-SUM-SECTION-CLASS.children')
      }
    })
  },
})

export const sumClassTotal = defineRule({
  id: 'T03-SUM-TOTAL', family: 'within', severity: 'error',
  description: '合计行 = 最上层印出科目行之和（每一列）',
  run(e) {
    eachCodeTable(e, (t, rows) => {
      if (totalRow(t)) checkParent(e, t, (key) => totalRow(t, key), nearestPrinted(rows, null), 'finding.T03-SUM-TOTAL.children')
    })
  },
})
