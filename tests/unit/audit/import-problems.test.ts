/** Import problems of severity error are findings (rule IMPORT), and findings on a partly read file say so. */
import { describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/audit/index'
import { loadInputs } from '../../../src/cli/load-node'

describe('import problems in the audit', () => {
  const [loaded] = loadInputs(['tests/fixtures/audit/bad-amount'], { year: 2024 })
  const ds = loaded!.dataset
  const report = runAudit([ds], { problems: { [ds.meta.id]: loaded!.result.problems } })

  it('reports the unreadable cell as an error finding with file, line and column', () => {
    const f = report.findings.find((x) => x.rule === 'IMPORT')
    expect(f).toMatchObject({ severity: 'error', family: 'import', where: [{ file: '支出决算表.csv', line: 5, column: 3 }] })
    expect(f!.message).toContain('约60')
  })

  it('warns that a sum over the partly read table may be off because of it', () => {
    const sum = report.findings.find((x) => x.rule === 'T03-SUM-TOTAL' && x.actual === 100)
    expect(sum).toMatchObject({ class: 'mismatch', expected: 40 })
    expect(sum!.message).toContain('有未能导入的行')
  })

  it('without the problems passed in, there is no IMPORT finding and no caveat', () => {
    const bare = runAudit([ds])
    expect(bare.findings.some((x) => x.rule === 'IMPORT')).toBe(false)
    expect(bare.findings.every((x) => !x.message.includes('未能导入'))).toBe(true)
  })
})
