/**
 * The sentence of an import problem, with what was read and what was expected: the import preview shows it and
 * the audit's rule IMPORT says it (audit/run.ts), one wording for both. Pure, no Vue.
 */
import type { ImportProblem } from '../model/types'
import { printed, text, type Text } from '../i18n/text'

export function problemText(p: ImportProblem): Text {
  return p.value !== undefined
    ? text('finding.IMPORT.withValue', { problem: p.text, value: printed(p.value), expected: p.expectedText })
    : text('finding.IMPORT.plain', { problem: p.text, expected: p.expectedText })
}
