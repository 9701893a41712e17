/** Reading the amount cells of one data row, and the width checks every table kind shares. */
import type { ColumnDef, ImportProblem, Unit } from '../../model/types'
import { parseAmount } from '../amount'
import { cellLine, type CsvRow } from '../csv'
import { error, shown } from '../problems'
import { precisionInWan, toWan } from '../units'
import { clean } from '../text'

export interface TableContext {
  file: string
  unit: Unit
  /** columns the header spans */
  width: number
  problems: ImportProblem[]
  /** highest precision (decimals in 万元) seen so far */
  precision: number
}

export interface AmountsRead {
  ok: boolean
  values: Record<string, number | null>
  cells: Record<string, number>
  /** any amount printed (not blank / —) */
  any: boolean
}

export function readAmounts(row: CsvRow, columns: readonly ColumnDef[], ctx: TableContext): AmountsRead {
  const out: AmountsRead = { ok: true, values: {}, cells: {}, any: false }
  for (const col of columns) {
    const raw = row.cells[col.column - 1] ?? ''
    const p = parseAmount(raw)
    if (!p.ok) {
      out.ok = false
      ctx.problems.push(
        error({
          code: 'amount.invalid',
          file: ctx.file,
          line: cellLine(row, col.column - 1),
          column: col.column,
          value: raw,
          expected: p.expected,
          message: `文件 ${ctx.file} 第 ${cellLine(row, col.column - 1)} 行第 ${col.column} 列（${col.header}）的“${shown(raw)}”不是金额，该行未导入`,
        }),
      )
      continue
    }
    out.cells[col.key] = col.column
    if (p.value === null) {
      out.values[col.key] = null
      continue
    }
    out.any = true
    out.values[col.key] = toWan(p.value, ctx.unit, p.decimals)
    ctx.precision = Math.max(ctx.precision, precisionInWan(p.decimals, ctx.unit))
  }
  return out
}

/** Short row (fewer cells than the header) or long row (non-empty cells beyond it) → problem; true when fine. */
export function checkWidth(row: CsvRow, ctx: TableContext): boolean {
  const n = row.cells.length
  if (n < ctx.width) {
    ctx.problems.push(
      error({
        code: 'row.short',
        file: ctx.file,
        line: row.line,
        column: n + 1,
        value: row.cells.join(' | '),
        expected: `${ctx.width} 列（与表头相同）`,
        message: `文件 ${ctx.file} 第 ${row.line} 行只有 ${n} 列，表头有 ${ctx.width} 列，该行未导入（可能缺少分隔符或被截断）`,
      }),
    )
    return false
  }
  const extra = row.cells.findIndex((c, i) => i >= ctx.width && clean(c) !== '')
  if (extra >= 0) {
    ctx.problems.push(
      error({
        code: 'row.long',
        file: ctx.file,
        line: cellLine(row, extra),
        column: extra + 1,
        value: row.cells[extra] ?? '',
        expected: `${ctx.width} 列（与表头相同），表头之外不应有内容`,
        message: `文件 ${ctx.file} 第 ${row.line} 行第 ${extra + 1} 列在表头范围之外还有内容“${shown(row.cells[extra] ?? '')}”，该行未导入（可能多了分隔符，如金额中的逗号未加引号）`,
      }),
    )
    return false
  }
  return true
}
