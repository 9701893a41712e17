/**
 * One ImportProblem from its language-neutral sentence and expectation: `message` and `expected` hold their
 * Chinese wording (what the CLI prints), rendered from the templates the UI uses (src/i18n/catalogue/).
 * Shared by the importer (import/problems.ts), the manifest reader and the reading's self-check.
 */
import ZH from '../i18n/catalogue/zh.ts'
import { renderText, type Param, type Text } from '../i18n/text.ts'
import type { ImportProblem, Severity } from './types'

export interface ProblemInit {
  code: string
  file: string
  line: number
  column?: number
  value?: string
  /** what was expected, e.g. text('problem.expected.csv') */
  expected: Param
  /** the sentence, e.g. text('problem.row.short', { file: printed(file), line, n }); key `problem.<code>[.<variant>]` */
  text: Text
}

export function problem(severity: Severity, init: ProblemInit): ImportProblem {
  const p: ImportProblem = {
    severity,
    code: init.code,
    file: init.file,
    line: init.line,
    expected: renderText(init.expected, ZH),
    message: renderText(init.text, ZH),
    text: init.text,
    expectedText: init.expected,
  }
  if (init.column !== undefined) p.column = init.column
  if (init.value !== undefined) p.value = init.value
  return p
}
