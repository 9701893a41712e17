/** Import problems that stand for a whole table the dashboard does not use (see docs/DATA.md, self-check (c)). */
import type { Text } from '../i18n/text'
import type { ImportProblem } from './types'

export const UNUSABLE_TABLE_CODES: ReadonlySet<string> = new Set(['table.structure', 'table.headerOnly', 'header.notFound'])

export interface UnusableTable {
  file: string
  code: string
  message: string
  /** the importer's reason, language-neutral (rendered in the language on screen) */
  text: Text
}

export function unusableTables(problems: readonly ImportProblem[]): UnusableTable[] {
  return problems
    .filter((p) => p.severity === 'error' && UNUSABLE_TABLE_CODES.has(p.code))
    .map((p) => ({ file: p.file, code: p.code, message: p.message, text: p.text }))
}
