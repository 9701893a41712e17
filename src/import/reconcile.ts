/** Department and year across files: taken where printed; files that disagree → error problem. */
import type { ImportProblem, RecognisedTable } from '../model/types'
import { error, warning } from './problems'
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
            expected: `与 ${department.file} 相同的部门“${department.value}”`,
            message: `文件 ${file} 第 ${m.departmentLine} 行的部门“${m.department}”与 ${department.file} 的“${department.value}”不同，这些文件可能不是同一份决算`,
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
            expected: `与 ${year.file} 相同的年度 ${year.value}`,
            message: `文件 ${file} 印的年度 ${m.year} 与 ${year.file} 的 ${year.value} 不同，这些文件可能不是同一年的决算`,
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
          expected: '每张表只导入一次',
          message: `文件 ${t.file} 与 ${first} 是同一张表（${t.title || t.kind}），两份都已读取，请只保留一份`,
        }),
      )
    } else seen.set(t.kind, t.file)
  }
  return { department: department?.value ?? null, year: year?.value ?? null }
}
