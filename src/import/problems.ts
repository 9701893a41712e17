/** Builders for ImportProblem, so every problem names file, line, column, value and expectation. */
import type { ImportProblem, Severity } from '../model/types'

export interface ProblemInit {
  code: string
  file: string
  line: number
  column?: number
  value?: string
  expected: string
  message: string
}

export function problem(severity: Severity, init: ProblemInit): ImportProblem {
  const p: ImportProblem = {
    severity,
    code: init.code,
    file: init.file,
    line: init.line,
    expected: init.expected,
    message: init.message,
  }
  if (init.column !== undefined) p.column = init.column
  if (init.value !== undefined) p.value = init.value
  return p
}

export const error = (init: ProblemInit): ImportProblem => problem('error', init)
export const warning = (init: ProblemInit): ImportProblem => problem('warning', init)
export const info = (init: ProblemInit): ImportProblem => problem('info', init)

/** "文件 a.csv 第 12 行第 3 列" — the place prefix used in messages. */
export function where(file: string, line: number, column?: number): string {
  if (line <= 0) return `文件 ${file}`
  return column === undefined ? `文件 ${file} 第 ${line} 行` : `文件 ${file} 第 ${line} 行第 ${column} 列`
}

/** Shorten a cell value for messages. */
export function shown(value: string, max = 40): string {
  const v = value.replace(/\r?\n/g, '⏎')
  return v.length > max ? `${v.slice(0, max)}…` : v
}
