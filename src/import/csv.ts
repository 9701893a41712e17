/**
 * PapaParse wrapper: decoded text → records, each with the PHYSICAL line (1-based) where it starts.
 * CRLF, LF and lone CR all end a line; a quoted multi-line cell spans several lines, and the records
 * after it keep their true line numbers. An unclosed or malformed quote is fatal for the file and names
 * the line and column where the quote opened, instead of letting the rest of the file vanish into one cell.
 */
import Papa from 'papaparse'
import type { ImportProblem } from '../model/types'
import { detectDelimiter, delimiterName, type Delimiter } from './csvDelimiter'
import { findQuoteFault, lineAt } from './csvQuotes'
import { text as msg } from '../i18n/text'
import { error, fileName } from './problems'

export type { Delimiter } from './csvDelimiter'
export { detectDelimiter } from './csvDelimiter'

export interface CsvRow {
  /** physical line where the record starts, 1-based */
  line: number
  cells: string[]
}

export type CsvResult =
  | { ok: true; rows: CsvRow[]; delimiter: Delimiter; lineCount: number }
  | { ok: false; rows: CsvRow[]; delimiter: Delimiter; lineCount: number; problem: ImportProblem }

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Physical line of cell `index` of a record (cells before it may hold line breaks). */
export function cellLine(row: CsvRow, index: number): number {
  let line = row.line
  for (let i = 0; i < index && i < row.cells.length; i++) line += countNewlines(row.cells[i] ?? '', 0, Infinity)
  return line
}

export function parseCsv(input: string, file: string, forced?: Delimiter): CsvResult {
  const text = input.replace(/\r\n?/g, '\n')
  const delimiter = forced ?? detectDelimiter(text)
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  const lineCount = body === '' ? 0 : countNewlines(body, 0, body.length) + 1
  const rows: CsvRow[] = []
  let start = 0
  let line = 1
  let faultAt = -1
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    step: (res, parser) => {
      if (res.errors.some((e) => e.type === 'Quotes')) {
        faultAt = start
        parser.abort()
        return
      }
      rows.push({ line, cells: res.data })
      const end = res.meta.cursor
      line += countNewlines(body, start, end)
      start = end
    },
  })
  if (faultAt < 0) return { ok: true, rows, delimiter, lineCount }
  const fault = findQuoteFault(body, faultAt, delimiter)
  const at = fault ? lineAt(body, fault.offset) : lineAt(body, faultAt)
  const column = fault?.column ?? 1
  const rest = lineCount - at + 1
  const code = fault?.kind === 'malformed' ? 'quote.malformed' : 'quote.unclosed'
  const problem = error({
    code,
    file,
    line: at,
    column,
    value: body.slice(fault?.offset ?? faultAt, (fault?.offset ?? faultAt) + 40).split('\n')[0] ?? '',
    expected: msg('problem.quote.expected', { delimiter: delimiterName(delimiter) }),
    text: msg('problem.quote', { file: fileName(file), what: msg(`problem.${code}`, { line: at, column }), rest }),
  })
  return { ok: false, rows, delimiter, lineCount, problem }
}
