/**
 * Code tables (02 收入, 03 支出, 05 一般公共预算, 07 政府性基金, 08 国有资本经营, 06 long layout):
 * one row per classification code, measure columns mapped by header text.
 */
import type { ColumnDef, TableKind, TableRow } from '../../model/types'
import { cellLine, type CsvRow } from '../csv'
import { error, fileName, warning } from '../problems'
import { printed, text } from '../../i18n/text'
import { clean, isTotalLabel } from '../text'
import { readAmounts, type TableContext } from './cells'
import { readCode, splitCodeName, type CodeColumns, type SplitMemory } from './codeCells'
import type { HeaderBlock } from './header'
import { columnRole, measureKey } from './measures'
import { headerText, type ReaderResult } from './reader'

interface Layout {
  codes: CodeColumns
  name: number | null
  rowNo: number | null
  columns: ColumnDef[]
}

function layoutOf(kind: TableKind, block: HeaderBlock, ctx: TableContext): Layout {
  const roles = new Map<string, number>()
  const columns: ColumnDef[] = []
  block.paths.forEach((path, c) => {
    if (path.length === 0) return
    const role = columnRole(path)
    if (role) {
      if (!roles.has(role)) roles.set(role, c)
      return
    }
    const header = headerText(block, c)
    const key = measureKey(kind, path)
    if (key === null) {
      ctx.problems.push(
        warning({
          code: 'column.unknown',
          file: ctx.file,
          line: 0,
          column: c + 1,
          value: header,
          expected: text('problem.column.unknown.expected'),
          text: text('problem.column.unknown', { file: fileName(ctx.file), column: c + 1, header: printed(header) }),
        }),
      )
    }
    columns.push({ key: key ?? header, header, column: c + 1 })
  })
  const cls = roles.get('class')
  const codes: CodeColumns =
    cls !== undefined
      ? { mode: 'split', cls, section: roles.get('section') ?? null, item: roles.get('item') ?? null }
      : roles.has('code')
        ? { mode: 'single', code: roles.get('code')! }
        : { mode: 'none' }
  return { codes, name: roles.get('name') ?? null, rowNo: roles.get('rowNo') ?? null, columns }
}

export function codeTableReader(kind: TableKind, block: HeaderBlock, ctx: TableContext): ReaderResult {
  const layout = layoutOf(kind, block, ctx)
  if (layout.codes.mode === 'none' && layout.name === null) {
    return {
      ok: false,
      expected: text('problem.header.notFound.codeExpected'),
      text: text('problem.header.notFound.code', { file: fileName(ctx.file) }),
    }
  }
  if (layout.columns.length === 0) {
    return { ok: false, expected: text('problem.header.notFound.amountExpected'), text: text('problem.header.notFound.amount', { file: fileName(ctx.file) }) }
  }
  const memory: SplitMemory = { cls: null, section: null }
  const read = (row: CsvRow): TableRow[] | null => {
    const code = readCode(row.cells, layout.codes, memory)
    const amounts = readAmounts(row, layout.columns, ctx)
    if (!code.ok) {
      ctx.problems.push(
        error({
          code: 'code.invalid',
          file: ctx.file,
          line: cellLine(row, code.column - 1),
          column: code.column,
          value: code.value,
          expected: code.expected,
          text: text('problem.code.invalid', { file: fileName(ctx.file), line: row.line, column: code.column, value: printed(code.value) }),
        }),
      )
      return null
    }
    if (!amounts.ok) return null
    let name = layout.name === null ? '' : clean(row.cells[layout.name])
    let c = code.code
    if (c === null && layout.codes.mode === 'none') {
      const split = splitCodeName(name)
      if (split) ({ code: c, name } = split)
    }
    const label = code.label ?? ''
    if (!name) name = label
    const isTotal = c === null && (name !== '' && amounts.any ? true : isTotalLabel(label) || isTotalLabel(name))
    if (c === null && name === '') {
      ctx.problems.push(
        error({
          code: 'row.unlabelled',
          file: ctx.file,
          line: row.line,
          expected: text('problem.row.unlabelled.codeExpected'),
          text: text('problem.row.unlabelled.code', { file: fileName(ctx.file), line: row.line }),
        }),
      )
      return null
    }
    const out: TableRow = { line: row.line, code: c, name, isTotal, values: amounts.values, cells: amounts.cells }
    if (layout.rowNo !== null) out.rowNo = rowNumber(row.cells[layout.rowNo])
    return [out]
  }
  return { ok: true, reader: { columns: layout.columns, read } }
}

export function rowNumber(raw: string | undefined): number | null {
  const s = clean(raw)
  return /^\d+$/.test(s) ? Number(s) : null
}
