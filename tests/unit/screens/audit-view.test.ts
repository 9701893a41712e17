import { describe, expect, it } from 'vitest'
import { FAMILIES, groupFindings } from '@/views/audit/audit'
import { runAudit } from '@/audit'
import { seed } from './seed'
import { error } from '@/import/problems'
import { AMOUNT_EXPECTED } from '@/import/amount'
import { printed, text } from '@/i18n/text'

describe('数据核对 view model', () => {
  it('groups every finding of the engine: none falls outside a listed family', () => {
    const report = runAudit([seed()])
    const grouped = groupFindings(report.findings).reduce((n, g) => n + g.findings.length, 0)
    expect(grouped).toBe(report.findings.length)
    for (const f of report.findings) expect(FAMILIES).toContain(f.family)
  })
  it('shows import problems of severity error as findings in their own family', () => {
    const report = runAudit([seed()], {
      problems: { [seed().meta.id]: [error({ code: 'amount.invalid', file: 'x.csv', line: 3, column: 4, value: '约100', expected: AMOUNT_EXPECTED, text: text('problem.amount.invalid', { file: printed('x.csv'), line: 3, column: 4, header: printed('合计'), value: printed('约100') }) })] },
    })
    const groups = groupFindings(report.findings, { severity: 'error' })
    expect(groups.map((g) => g.family)).toContain('import')
  })
})
