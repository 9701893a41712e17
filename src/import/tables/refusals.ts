/** Tables refused whole: a header-only file of a table that always holds figures, a column of text read as amounts. */
import type { ImportProblem, TableKind } from '../../model/types'
import { TABLE_NAMES } from '../../model/tableNames'
import type { CsvRow } from '../csv'
import { error } from '../problems'

/** 01–05 always hold figures in a real report: a file of one with no data row is a broken export, not an empty table. */
export const MUST_HOLD_FIGURES: ReadonlySet<TableKind> = new Set(['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure'])

export function fatalHeaderOnly(kind: TableKind, file: string, rows: readonly CsvRow[], problems: ImportProblem[]): { ok: false; problems: ImportProblem[]; linesRead: number } {
  const name = TABLE_NAMES[kind]
  problems.push(
    error({
      code: 'table.headerOnly',
      file,
      line: 0,
      expected: `${name}的数据行（每份决算都有数字）`,
      message: `文件 ${file} 是${name}，但只有表名和表头，没有任何数据行：这张表在每份决算中都有数字，文件可能导出不完整，未导入`,
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
        expected: '金额列中是数字',
        message: `文件 ${file} 第 ${column} 列按表头应是金额，但 ${dataLines} 行数据中有 ${list.length} 行是文字（如第 ${first.line} 行“${first.value ?? ''}”）：栏目与表头对不上，本表无法按印出的样子读取，其数字不在任何页面和核对中使用`,
      }),
    )
    return rest
  }
  return null
}
