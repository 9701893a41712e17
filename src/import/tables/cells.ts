/** Reading the amount cells of one data row, and the width checks every table kind shares. */
import type { ColumnDef, ImportProblem, Unit } from '../../model/types'
import { parseAmount } from '../amount'
import { cellLine, type CsvRow } from '../csv'
import { error, fileName, shown } from '../problems'
import { printed, text } from '../../i18n/text'
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
          text: text('problem.amount.invalid', {
            file: fileName(ctx.file), line: cellLine(row, col.column - 1), column: col.column, header: printed(col.header), value: printed(shown(raw)),
          }),
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
        expected: text('problem.row.short.expected', { width: ctx.width }),
        text: text('problem.row.short', { file: fileName(ctx.file), line: row.line, n, width: ctx.width }),
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
        expected: text('problem.row.long.expected', { width: ctx.width }),
        text: text('problem.row.long', { file: fileName(ctx.file), line: row.line, column: extra + 1, value: printed(shown(row.cells[extra] ?? '')) }),
      }),
    )
    return false
  }
  return true
}
