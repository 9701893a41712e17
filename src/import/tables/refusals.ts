/** Tables refused whole: a header-only file of a table that always holds figures, a column of text read as amounts. */
import type { ImportProblem, TableKind } from '../../model/types'
import type { CsvRow } from '../csv'
import { error, fileName } from '../problems'
import { printed, text } from '../../i18n/text'

/** 01–05 always hold figures in a real report: a file of one with no data row is a broken export, not an empty table. */
export const MUST_HOLD_FIGURES: ReadonlySet<TableKind> = new Set(['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure'])

export function fatalHeaderOnly(kind: TableKind, file: string, rows: readonly CsvRow[], problems: ImportProblem[]): { ok: false; problems: ImportProblem[]; linesRead: number } {
  const name = text(`table.${kind}`)
  problems.push(
    error({
      code: 'table.headerOnly',
      file,
      line: 0,
      expected: text('problem.table.headerOnly.expected', { table: name }),
      text: text('problem.table.headerOnly', { file: fileName(file), table: name }),
    }),
  )
  return { ok: false, problems, linesRead: rows.length }
}

/**
 * A column read as amounts that holds text on 80 % or more of the data lines was misread (a name or label column taken for an
 * amount): one structure problem replaces the row problems of that column, and the table is not used.
 * Returns the new problem list, or null when no column is like that.
 */
export function textInAmountColumn(problems: ImportProblem[], file: string, dataLines: number): ImportProblem[] | null {
  const byColumn = new Map<number, ImportProblem[]>()
  for (const p of problems) {
    if (p.code !== 'amount.invalid' || p.file !== file || p.column === undefined) continue
    byColumn.set(p.column, [...(byColumn.get(p.column) ?? []), p])
  }
  for (const [column, list] of byColumn) {
    if (list.length < 3 || list.length * 5 < dataLines * 4) continue
    const first = list[0]!
    const rest = problems.filter((p) => !(p.code === 'amount.invalid' && p.file === file))
    rest.push(
      error({
        code: 'table.structure',
        file,
        line: first.line,
        column,
        value: first.value ?? '',
        expected: text('problem.table.structure.textExpected'),
        text: text('problem.table.structure.text', {
          file: fileName(file), column, lines: dataLines, n: list.length, line: first.line, value: printed(first.value ?? ''),
        }),
      }),
    )
    return rest
  }
  return null
}
