/**
 * Importer entry: files (bytes) → recognised tables, stated figures, problems and a per-file report.
 * Never throws on bad input: a file that cannot be read yields a fatal FileReport and an error problem.
 */
import type { FileReport, ImportProblem, ImportResult, RecognisedTable, StatedFigure } from '../model/types'
import { decodeBytes, replacementWarning } from './decode'
import { readFile, type FileOutcome } from './readFile'
import { reconcileMeta } from './reconcile'
import { screenReadings } from '../audit/selfcheck'
import { text } from '../i18n/text'
import { fileName, error, warning } from './problems'

export interface InputFile {
  name: string
  bytes: Uint8Array
}


function blankReport(file: string): FileReport {
  return {
    file,
    encoding: 'utf-8',
    delimiter: '',
    recognisedAs: null,
    linesRead: 0,
    rowsKept: 0,
    rowsReported: 0,
    rowsStructural: 0,
    fatal: true,
  }
}

function importOne(file: InputFile): FileOutcome {
  const decoded = decodeBytes(file.bytes, file.name)
  if (!decoded.ok) return { report: blankReport(file.name), problems: [decoded.problem] }
  const problems: ImportProblem[] = []
  const replaced = replacementWarning(decoded.text, file.name)
  if (replaced) problems.push(replaced)
  const out = readFile(file.name, decoded.text, decoded.encoding)
  out.problems.unshift(...problems)
  return out
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export interface ImportOptions {
  /** bytes read so far of all the files' bytes: (0, total) first, then after each file */
  onProgress?: (done: number, total: number) => void
}

/** Read and check: every table's own arithmetic is checked right after reading (audit/selfcheck.ts). */
export function importFiles(files: InputFile[], options: ImportOptions = {}): ImportResult {
  const result = readFiles(files, options)
  result.tables = screenReadings(result.tables, result.problems, result.files)
  return result
}

/** The reading stage alone: bytes → tables as read, without the self-check (reader tests, diagnostics). */
export function readFiles(files: InputFile[], { onProgress }: ImportOptions = {}): ImportResult {
  const total = files.reduce((n, f) => n + f.bytes.length, 0)
  let done = 0
  onProgress?.(0, total)
  const tables: RecognisedTable[] = []
  const stated: StatedFigure[] = []
  const problems: ImportProblem[] = []
  const reports: FileReport[] = []
  const outcomes: FileOutcome[] = []
  files.forEach((file, i) => {
    readOne(file, i)
    done += file.bytes.length
    onProgress?.(done, total)
  })
  function readOne(file: InputFile, i: number): void {
    const twin = files.slice(0, i).find((f) => sameBytes(f.bytes, file.bytes))
    if (twin) {
      problems.push(warning({
        code: 'file.duplicate',
        file: file.name,
        line: 0,
        expected: text('problem.file.duplicate.expected'),
        text: text('problem.file.duplicate', { file: fileName(file.name), twin: fileName(twin.name) }),
      }))
      reports.push({ ...blankReport(file.name), fatal: false })
      return
    }
    let out: FileOutcome
    try {
      out = importOne(file)
    } catch (e) {
      out = { report: blankReport(file.name), problems: [internalError(file.name, e)] }
    }
    outcomes.push(out)
    reports.push(out.report)
    problems.push(...out.problems)
    if (out.table) tables.push(out.table)
    if (out.stated) stated.push(...out.stated)
  }
  const meta = reconcileMeta(outcomes, tables, problems)
  return { tables, stated, problems, department: meta.department, year: meta.year, files: reports }
}

/** Convenience for tests and pasted text: import one already-decoded file. */
export function importText(name: string, text: string): ImportResult {
  return importFiles([{ name, bytes: new TextEncoder().encode(text) }])
}

function internalError(file: string, e: unknown): ImportProblem {
  return error({
    code: 'import.internal',
    file,
    line: 0,
    expected: text('problem.import.internal.expected'),
    text: text('problem.import.internal', { file: fileName(file), detail: e instanceof Error ? e.message : String(e) }),
  })
}
