/**
 * Two-sided summary tables (01, 04): 收入 | 支出 side by side. Each physical line yields up to two rows
 * (side 'income' / 'expenditure') with a stable `item` key; classes on the expenditure side carry the
 * class code from their name (24 or 26 classes; unknown names → warning, code null).
 */
import type { ColumnDef, Side, TableKind, TableRow } from '../../model/types'
import type { CsvRow } from '../csv'
import { error, fileName, warning } from '../problems'
import { printed, text, type Text } from '../../i18n/text'
import { clean, norm } from '../text'
import { readAmounts, type TableContext } from './cells'
import { rowNumber } from './codeTable'
import type { HeaderBlock } from './header'
import { columnRole, fiscalSideKey } from './measures'
import { headerText, type ReaderResult } from './reader'
import { expenditureItem, incomeItem, TOTAL_ITEMS, type SideState } from './summaryItems'

interface SideLayout {
  side: Side
  name: number
  rowNo: number | null
  columns: ColumnDef[]
}

function sideLayout(kind: TableKind, side: Side, block: HeaderBlock, from: number, to: number, ctx: TableContext): SideLayout {
  const layout: SideLayout = { side, name: from, rowNo: null, columns: [] }
  for (let c = from + 1; c < to; c++) {
    const path = block.paths[c] ?? []
    if (path.length === 0) continue
    if (columnRole(path) === 'rowNo') {
      layout.rowNo = c
      continue
    }
    const header = headerText(block, c)
    const key = kind === 'summary' && side === 'expenditure' ? 'amount' : fiscalSideKey(path)
    if (key === null) {
      ctx.problems.push(
        warning({ code: 'column.unknown', file: ctx.file, line: 0, column: c + 1, value: header, expected: text('problem.column.unknown.summaryExpected'), text: text('problem.column.unknown.summary', { file: fileName(ctx.file), column: c + 1, header: printed(header) }) }),
      )
    }
    layout.columns.push({ key: key ?? header, header, column: c + 1 })
  }
  return layout
}

export function summaryReader(kind: TableKind, block: HeaderBlock, ctx: TableContext): ReaderResult {
  const names = block.paths.flatMap((p, c) => (columnRole(p) === 'name' ? [c] : []))
  const spendAt = block.paths.findIndex((p, c) => c > 0 && /^支出/.test(norm(p[0])))
  const split = names.length >= 2 ? names[1]! : spendAt
  if (split <= 0) {
    return { ok: false, expected: text('problem.header.notFound.summaryExpected'), text: text('problem.header.notFound.summary', { file: fileName(ctx.file) }) }
  }
  const sides = [sideLayout(kind, 'income', block, names[0] ?? 0, split, ctx), sideLayout(kind, 'expenditure', block, split, block.width, ctx)]
  const income: SideState = { afterBegin: false, afterEnd: false }
  const spending: SideState = { afterBegin: false, afterEnd: false }
  const read = (row: CsvRow): TableRow[] | null => {
    const out: TableRow[] = []
    let ok = true
    for (const s of sides) {
      const name = clean(row.cells[s.name])
      const amounts = readAmounts(row, s.columns, ctx)
      if (!amounts.ok) ok = false
      if (!ok || (name === '' && !amounts.any)) continue
      if (name === '') {
        ok = false
        ctx.problems.push(error({ code: 'row.unlabelled', file: ctx.file, line: row.line, column: s.name + 1, expected: text('problem.row.unlabelled.nameExpected'), text: text(`problem.row.unlabelled.${s.side}`, { file: fileName(ctx.file), line: row.line }) }))
        continue
      }
      const r: TableRow = { line: row.line, code: null, name, side: s.side, isTotal: false, values: amounts.values, cells: amounts.cells }
      if (s.side === 'income') {
        const item = incomeItem(name, income)
        if (item) r.item = item
        else ctx.problems.push(unknown(ctx, row, s.name, name, text('problem.summary.unknownItem.incomeExpected')))
      } else {
        const e = expenditureItem(name, spending)
        r.item = e.item
        r.code = e.code
        if (!e.known) ctx.problems.push(unknown(ctx, row, s.name, name, text('problem.summary.unknownItem.classExpected')))
      }
      r.isTotal = TOTAL_ITEMS.has(r.item ?? '')
      if (s.rowNo !== null) r.rowNo = rowNumber(row.cells[s.rowNo])
      out.push(r)
    }
    return ok ? out : null
  }
  return { ok: true, reader: { columns: sides.flatMap((s) => s.columns), read } }
}

function unknown(ctx: TableContext, row: CsvRow, column0: number, value: string, expected: Text) {
  return warning({
    code: 'summary.unknownItem',
    file: ctx.file,
    line: row.line,
    column: column0 + 1,
    value,
    expected,
    text: text('problem.summary.unknownItem', { file: fileName(ctx.file), line: row.line, value: printed(value) }),
  })
}
