/** Department and year across files: taken where printed; files that disagree → error problem. */
import type { ImportProblem, RecognisedTable } from '../model/types'
import { printed, text } from '../i18n/text'
import { error, fileName, warning } from './problems'
import type { FileOutcome } from './readFile'

function same(a: string, b: string): boolean {
  return a.replace(/[\s\u3000]/g, '') === b.replace(/[\s\u3000]/g, '')
}

export function reconcileMeta(
  outcomes: readonly FileOutcome[],
  tables: readonly RecognisedTable[],
  problems: ImportProblem[],
): { department: string | null; year: number | null } {
  let department: { value: string; file: string } | null = null
  let year: { value: number; file: string } | null = null
  for (const o of outcomes) {
    const m = o.meta
    if (!m) continue
    const file = o.report.file
    if (m.department) {
      if (!department) department = { value: m.department, file }
      else if (!same(department.value, m.department)) {
        problems.push(
          error({
            code: 'meta.departmentConflict',
            file,
            line: m.departmentLine,
            value: m.department,
            expected: text('problem.meta.departmentConflict.expected', { other: fileName(department.file), department: printed(department.value) }),
            text: text('problem.meta.departmentConflict', {
              file: fileName(file), line: m.departmentLine, department: printed(m.department), other: fileName(department.file), otherDepartment: printed(department.value),
            }),
          }),
        )
      }
    }
    if (m.year !== null) {
      if (!year) year = { value: m.year, file }
      else if (year.value !== m.year) {
        problems.push(
          error({
            code: 'meta.yearConflict',
            file,
            line: m.yearLine,
            value: String(m.year),
            expected: text('problem.meta.yearConflict.expected', { other: fileName(year.file), year: year.value }),
            text: text('problem.meta.yearConflict', { file: fileName(file), year: m.year, other: fileName(year.file), otherYear: year.value }),
          }),
        )
      }
    }
  }
  const seen = new Map<string, string>()
  for (const t of tables) {
    const first = seen.get(t.kind)
    if (first) {
      problems.push(
        warning({
          code: 'table.duplicate',
          file: t.file,
          line: 0,
          expected: text('problem.table.duplicate.expected'),
          text: text('problem.table.duplicate', { file: fileName(t.file), first: fileName(first), table: t.title ? printed(t.title) : text(`table.${t.kind}`) }),
        }),
      )
    } else seen.set(t.kind, t.file)
  }
  return { department: department?.value ?? null, year: year?.value ?? null }
}
