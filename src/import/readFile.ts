/** One decoded file → CSV records → recognised kind → table or stated figures, with its FileReport. */
import type { FileReport, ImportProblem, RecognisedTable, StatedFigure } from '../model/types'
import { parseCsv } from './csv'
import type { DecodeResult } from './decode'
import { text as msg } from '../i18n/text'
import { error, fileName, warning } from './problems'
import { recognise } from './recognise'
import { extractTable, type TableMeta } from './tables/extract'
import { readStated } from './tables/stated'

export interface FileOutcome {
  report: FileReport
  problems: ImportProblem[]
  table?: RecognisedTable
  stated?: StatedFigure[]
  meta?: TableMeta
}

type Encoding = Extract<DecodeResult, { ok: true }>['encoding']

export function readFile(file: string, text: string, encoding: Encoding): FileOutcome {
  const csv = parseCsv(text, file)
  const report: FileReport = {
    file,
    encoding,
    delimiter: csv.delimiter,
    recognisedAs: null,
    linesRead: csv.rows.length,
    rowsKept: 0,
    rowsReported: 0,
    rowsStructural: 0,
    fatal: true,
  }
  if (!csv.ok) return { report, problems: [csv.problem] }
  const rec = recognise(csv.rows)
  if (!rec) {
    const problem = error({
      code: 'table.unrecognised',
      file,
      line: 0,
      expected: msg('problem.table.unrecognised.expected'),
      text: msg('problem.table.unrecognised', { file: fileName(file) }),
    })
    return { report, problems: [problem] }
  }
  report.recognisedAs = rec.kind
  if (rec.kind === 'stated') {
    const s = readStated(csv.rows, file)
    Object.assign(report, s.stats, { fatal: false })
    return { report, problems: s.problems, stated: s.figures, meta: s.meta }
  }
  const problems: ImportProblem[] = []
  if (rec.ambiguous) {
    problems.push(
      warning({
        code: 'table.ambiguous',
        file,
        line: 0,
        expected: msg('problem.table.ambiguous.expected'),
        text: msg('problem.table.ambiguous', { file: fileName(file) }),
      }),
    )
  }
  const x = extractTable(rec.kind, csv.rows, file, rec.title, rec.titleRow)
  problems.push(...x.problems)
  if (!x.ok) {
    if (x.stats) Object.assign(report, x.stats)
    return { report, problems }
  }
  Object.assign(report, x.table.stats, { fatal: false })
  return { report, problems, table: x.table, meta: x.meta }
}
