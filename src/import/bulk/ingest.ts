/**
 * Bulk files → indexed FactColumns. The one pure function both the import worker and the main thread
 * call, so both paths give the same store. Duplicate facts (same department, year, table, code,
 * measure) are reported against the later line and left out: rows read = rows kept + rows reported.
 */
import { FactBuilder, type FactColumns } from '../../model/facts'
import { indexFacts } from '../../model/facts-index'
import type { FileReport, ImportProblem } from '../../model/types'
import { error, fileName, where } from '../problems'
import { text } from '../../i18n/text'
import { parseBulkBytes } from './parse'
import { ProblemLog } from './problem-log'

export interface BulkInput {
  name: string
  bytes: Uint8Array
}

export interface BulkIngest {
  columns: FactColumns // grouped by department-year, ready for indexFacts
  problems: ImportProblem[]
  files: FileReport[]
}

export interface IngestOptions {
  /** bytes done over all files, and their total */
  onProgress?: (done: number, total: number) => void
  /** rows between progress calls (default 16384) */
  progressRows?: number
}

export function ingestBulkFiles(inputs: readonly BulkInput[], options: IngestOptions = {}): BulkIngest {
  const total = inputs.reduce((n, f) => n + f.bytes.length, 0)
  const estimate = inputs.reduce((n, f) => n + Math.ceil(f.bytes.length / 90), 0) // ≈ bytes per row
  const builder = new FactBuilder(Math.max(1024, estimate))
  const problems: ImportProblem[] = []
  const files: FileReport[] = []
  const reportOf: FileReport[] = [] // by the builder's file id
  let before = 0
  for (const input of inputs) {
    const base = before
    const fileId = builder.files.length
    const result = parseBulkBytes(input.bytes, input.name, builder, {
      progressRows: options.progressRows,
      onProgress: options.onProgress ? (done) => options.onProgress!(base + done, total) : undefined,
    })
    files.push(result.report)
    if (builder.files.length > fileId) reportOf[fileId] = result.report
    problems.push(...result.problems)
    before += input.bytes.length
    options.onProgress?.(before, total)
  }
  const { store, dropped } = indexFacts(builder.finish())
  const { columns } = store
  const logs = new Map<number, ProblemLog>()
  for (const d of dropped) {
    const file = columns.files[d.file]!
    const first = d.firstFile === d.file
      ? text('problem.bulk.duplicate.sameFile', { line: d.firstLine })
      : text('problem.bulk.duplicate.otherFile', { file: fileName(columns.files[d.firstFile] ?? ''), line: d.firstLine })
    let log = logs.get(d.file)
    if (!log) logs.set(d.file, (log = new ProblemLog(file)))
    log.add(error({
      code: 'bulk.duplicate', file, line: d.line,
      expected: text('problem.bulk.duplicate.expected'),
      text: text('problem.bulk.duplicate', { place: where(file, d.line), first }),
    }))
    const report = reportOf[d.file]
    if (report) {
      report.rowsKept--
      report.rowsReported++
    }
  }
  for (const log of logs.values()) {
    log.close()
    problems.push(...log.problems)
  }
  return { columns, problems, files }
}
