/**
 * 06 一般公共预算财政拨款基本支出决算(明细)表 in the block layout: side by side blocks of
 * (科目代码, 科目名称, 决算数) under 人员经费 and 公用经费. Each block of a physical line yields one row
 * with the economic code (301, 30101 …) and a value under 'personnel' or 'public'. A total label whose
 * amount sits in the next block's amount column ("公用经费合计" over two blocks) takes that amount.
 */
import type { ColumnDef, TableRow } from '../../model/types'
import { normaliseCode } from '../../model/classification'
import type { CsvRow } from '../csv'
import { error, fileName } from '../problems'
import { text, type Text } from '../../i18n/text'
import { clean, norm } from '../text'
import { readAmounts, type TableContext } from './cells'
import { unguard } from './codeCells'
import type { HeaderBlock } from './header'
import { columnRole } from './measures'
import { headerText, type ReaderResult } from './reader'

interface Block {
  code: number
  name: number | null
  amount: ColumnDef
}

/**
 * Personnel codes: 301 工资福利, 303 对个人和家庭的补助; the rest (302, 307, 310, 399 …) are public. A column header
 * that says 人员经费/公用经费 decides first; a total row says which it is in its label ("人员经费合计").
 */
function keyFor(path: readonly string[], code: string | null, label = ''): 'personnel' | 'public' {
  const joined = path.map(norm).join('/')
  if (code === null && /人员经费/.test(norm(label))) return 'personnel'
  if (code === null && /公用经费/.test(norm(label))) return 'public'
  if (/人员经费/.test(joined)) return 'personnel'
  if (/公用经费/.test(joined)) return 'public'
  return code && /^30[13]/.test(code) ? 'personnel' : 'public'
}

export function blockCount(block: HeaderBlock): number {
  return block.paths.filter((p) => columnRole(p) === 'code').length
}

export function basicBlocksReader(block: HeaderBlock, ctx: TableContext): ReaderResult {
  const blocks: Block[] = []
  const paths = block.paths
  for (let c = 0; c < paths.length; c++) {
    if (columnRole(paths[c] ?? []) !== 'code') continue
    const name = columnRole(paths[c + 1] ?? []) === 'name' ? c + 1 : null
    const amountAt = (name ?? c) + 1
    if (amountAt >= paths.length) continue
    const key = keyFor(paths[amountAt] ?? [], null)
    blocks.push({ code: c, name, amount: { key, header: headerText(block, amountAt), column: amountAt + 1 } })
  }
  if (blocks.length === 0) {
    return { ok: false, expected: text('problem.header.notFound.basicExpected'), text: text('problem.header.notFound.basic', { file: fileName(ctx.file) }) }
  }
  // a block headed only 决算数 holds personnel and public rows alike: its columns are listed per key as rows show them
  const columns: ColumnDef[] = []
  const listColumn = (key: string, b: Block) => {
    if (!columns.some((c) => c.key === key && c.column === b.amount.column)) columns.push({ ...b.amount, key })
  }
  const read = (row: CsvRow): TableRow[] | null => {
    const out: TableRow[] = []
    let ok = true
    let pending: { row: TableRow; key: string } | null = null
    for (const b of blocks) {
      const rawCode = unguard(row.cells[b.code] ?? '')
      const name = b.name === null ? '' : clean(row.cells[b.name])
      const amounts = readAmounts(row, [b.amount], ctx)
      const amount = amounts.values[b.amount.key] ?? null
      const code = /\d/.test(rawCode) ? normaliseCode(rawCode) : null
      if (!amounts.ok) ok = false
      if (/\d/.test(rawCode) && code === null) {
        ok = false
        ctx.problems.push(problemAt(ctx, row, b.code, rawCode, 'code.invalid', text('problem.code.invalid.expectedEconomic')))
      }
      if (!ok) continue
      const label = code === null ? rawCode || name : name
      if (code === null && label === '') {
        if (amount === null) continue
        if (pending) {
          pending.row.values[pending.key] = amount
          pending.row.cells[pending.key] = b.amount.column
          listColumn(pending.key, b)
          pending = null
          continue
        }
        ok = false
        ctx.problems.push(problemAt(ctx, row, b.amount.column - 1, String(amount), 'row.unlabelled', text('problem.row.unlabelled.economicExpected')))
        continue
      }
      const key = keyFor([b.amount.header], code, label)
      const r: TableRow = {
        line: row.line,
        code,
        name: label,
        isTotal: code === null && /(^|经费)(合计|总计)$/.test(norm(label)),
        values: { [key]: amount },
        cells: { [key]: b.amount.column },
      }
      out.push(r)
      listColumn(key, b)
      pending = code === null && amount === null ? { row: r, key } : null
    }
    return ok ? out : null
  }
  return { ok: true, reader: { columns, read } }
}

function problemAt(ctx: TableContext, row: CsvRow, column0: number, value: string, code: string, expected: Text) {
  return error({
    code,
    file: ctx.file,
    line: row.line,
    column: column0 + 1,
    value,
    expected,
    text: text('problem.cell.needs', { file: fileName(ctx.file), line: row.line, column: column0 + 1, expected }),
  })
}
