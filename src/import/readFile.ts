/** One decoded file → CSV records → recognised kind → table or stated figures, with its FileReport. */
import type { FileReport, ImportProblem, RecognisedTable, StatedFigure } from '../model/types'
import { parseCsv } from './csv'
import type { DecodeResult } from './decode'
import { error, warning } from './problems'
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
      expected: '九张决算表之一的标题（如“支出决算表”）或表头，或说明数据表头 主题,条目,科目代码,名称,指标,数值,单位,原文,出处',
      message: `文件 ${file} 无法识别是哪张决算表：找不到表名，表头也不像任何一张表。若文件是乱码，请确认编码为 UTF-8 或 GBK`,
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
        expected: '表名行（如“一般公共预算财政拨款支出决算表”）',
        message: `文件 ${file} 没有表名，仅凭表头（基本支出、项目支出）按一般公共预算财政拨款支出决算表读取；也可能是国有资本经营预算财政拨款支出决算表`,
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
