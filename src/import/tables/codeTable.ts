/**
 * Code tables (02 收入, 03 支出, 05 一般公共预算, 07 政府性基金, 08 国有资本经营, 06 long layout):
 * one row per classification code, measure columns mapped by header text.
 */
import type { ColumnDef, TableKind, TableRow } from '../../model/types'
import { cellLine, type CsvRow } from '../csv'
import { error, warning } from '../problems'
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
          expected: '本表的标准栏目',
          message: `文件 ${ctx.file} 第 ${c + 1} 列的表头“${header}”不是本表的标准栏目，按原样保留`,
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
      expected: '“科目代码”（或“类/款/项”）和“科目名称”栏',
      message: `文件 ${ctx.file} 的表头没有科目代码或科目名称栏，无法读取`,
    }
  }
  if (layout.columns.length === 0) {
    return { ok: false, expected: '金额栏（如 合计、基本支出、项目支出）', message: `文件 ${ctx.file} 的表头没有金额栏` }
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
          message: `文件 ${ctx.file} 第 ${row.line} 行第 ${code.column} 列的科目代码“${code.value}”无法识别，该行未导入`,
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
          expected: '科目代码或科目名称',
          message: `文件 ${ctx.file} 第 ${row.line} 行有金额但没有科目代码和名称，该行未导入`,
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
