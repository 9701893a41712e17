/**
 * The header line of a bulk file: which column holds which field, and the delimiter.
 * Title lines above the header are allowed (at most HEADER_SEARCH lines) and counted as structural.
 */
import type { ImportProblem } from '../../model/types'
import { error, fileName, shown, warning } from '../problems'
import { printed, text as msg } from '../../i18n/text'
import { HEADER_EXPECTED, REQUIRED, ROLES, headerRole, type Role } from './vocab'

const HEADER_SEARCH = 20
const DELIMITERS = [',', '\t', ';', '，'] as const

export interface BulkHeader {
  line: number // physical line of the header, 1-based
  offset: number // text offset where the first data line starts
  delimiter: string
  /** role index (into ROLES) per column; -1 = column ignored */
  roles: number[]
  problems: ImportProblem[]
}

function cellsOf(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
}

export function findHeader(text: string, file: string): BulkHeader | { problem: ImportProblem } {
  let offset = 0
  let firstLine = ''
  for (let line = 1; line <= HEADER_SEARCH && offset < text.length; line++) {
    const lf = text.indexOf('\n', offset)
    const cr = text.indexOf('\r', offset)
    let end = lf < 0 ? text.length : lf
    if (cr >= 0 && cr < end) end = cr
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    const content = text.slice(offset, end)
    if (line === 1) firstLine = content
    for (const delimiter of DELIMITERS) {
      if (!content.includes(delimiter)) continue
      const found = headerOf(cellsOf(content, delimiter), delimiter, file, line)
      if (found) return { ...found, line, offset: Math.min(next, text.length) }
    }
    offset = next
  }
  return {
    problem: error({
      code: 'bulk.header', file, line: 1, value: shown(firstLine), expected: HEADER_EXPECTED,
      text: msg('problem.bulk.header', { file: fileName(file), n: HEADER_SEARCH }),
    }),
  }
}

function headerOf(cells: string[], delimiter: string, file: string, line: number):
  Omit<BulkHeader, 'line' | 'offset'> | null {
  const roles = cells.map((c) => headerRole(c))
  const present = new Set(roles.filter((r): r is Role => r !== null))
  if (!REQUIRED.every((r) => present.has(r))) return null
  const problems: ImportProblem[] = []
  const seen = new Set<Role>()
  const indices = roles.map((role, i) => {
    if (role === null) {
      if (cells[i]) {
        problems.push(warning({
          code: 'bulk.column.ignored', file, line, column: i + 1, value: shown(cells[i]!), expected: HEADER_EXPECTED,
          text: msg('problem.bulk.column.ignored', { file: fileName(file), line, column: i + 1, value: printed(shown(cells[i]!)) }),
        }))
      }
      return -1
    }
    if (seen.has(role)) {
      problems.push(error({
        code: 'bulk.column.duplicate', file, line, column: i + 1, value: cells[i]!, expected: HEADER_EXPECTED,
        text: msg('problem.bulk.column.duplicate', { file: fileName(file), line, column: i + 1, value: printed(cells[i]!) }),
      }))
      return -1
    }
    seen.add(role)
    return ROLES.indexOf(role)
  })
  return { delimiter, roles: indices, problems }
}
