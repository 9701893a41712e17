/**
 * Builders for ImportProblem, so every problem names file, line, column, value and expectation. The sentence and
 * the expectation are language-neutral texts (catalogue keys `problem.<code>[.<variant>]`, src/i18n/catalogue/);
 * `message` and `expected` hold their Chinese wording, rendered from the same templates the UI uses.
 */
import { printed, text, type Text } from '../i18n/text'
import { problem, type ProblemInit } from '../model/problem'
import type { ImportProblem } from '../model/types'

export { problem, type ProblemInit }

export const error = (init: ProblemInit): ImportProblem => problem('error', init)
export const warning = (init: ProblemInit): ImportProblem => problem('warning', init)
export const info = (init: ProblemInit): ImportProblem => problem('info', init)

/** A file's name as a parameter: the user's own words, kept as written. */
export const fileName = (file: string) => printed(file)

/** "文件 a.csv 第 12 行第 3 列" — the place prefix used in messages. */
export function where(file: string, line: number, column?: number): Text {
  if (line <= 0) return text('place.file', { file: printed(file) })
  return column === undefined
    ? text('place.line', { file: printed(file), line })
    : text('place.cell', { file: printed(file), line, column })
}

/** Shorten a cell value for messages. */
export function shown(value: string, max = 40): string {
  const v = value.replace(/\r?\n/g, '⏎')
  return v.length > max ? `${v.slice(0, max)}…` : v
}
