/** Import problems that stand for a whole table the dashboard does not use (see docs/DATA.md, self-check (c)). */
import type { ImportProblem } from './types'

const UNUSABLE_TABLE_CODES: ReadonlySet<string> = new Set(['table.structure', 'table.headerOnly', 'header.notFound'])

export interface UnusableTable {
  file: string
  code: string
  message: string
}

export function unusableTables(problems: readonly ImportProblem[]): UnusableTable[] {
  return problems
    .filter((p) => p.severity === 'error' && UNUSABLE_TABLE_CODES.has(p.code))
    .map((p) => ({ file: p.file, code: p.code, message: p.message }))
}
