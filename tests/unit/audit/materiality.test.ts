/**
 * Money at stake per finding of the seed, checked by hand against the report (docs/AUDIT.md §4):
 * 本年支出合计 1489.93 万元 is the denominator of every share.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { runAudit, type Finding } from '../../../src/audit/index'
import { materiality } from '../../../src/audit/materiality'
import { loadInputs } from '../../../src/cli/load-node'
import type { Dataset } from '../../../src/model/types'

let ds: Dataset
let findings: Finding[]
const at = (rule: string, line: number, column?: number) => {
  const f = findings.find((x) => x.rule === rule && x.where[0]!.line === line && (column === undefined || x.where[0]!.column === column))
  expect(f, `${rule} at line ${line}`).toBeDefined()
  return materiality(f!, ds)
}

beforeAll(() => {
  ds = loadInputs(['data']).find((l) => l.dataset.meta.id === 'zhuzhou-xzsp-2024')!.dataset
  findings = runAudit([ds]).findings
})

describe('materiality: the money at stake in a finding', () => {
  it('an amount mismatch is the difference between the two printed figures', () => {
    // 五（三）第1项 prints the class total 1311.99 for 行政运行 302.95
    expect(at('S05-EXEC-ACTUAL', 34)).toEqual({ amount: 1009.04, share: 1009.04 / 1489.93, basis: 'difference' })
    expect(at('S05-EXEC-ACTUAL', 34).share).toBeCloseTo(0.6772, 4)
    expect(at('S12-SAME-FIGURE', 215).amount).toBe(0.01) // 信创 30.11 vs 30.12
    expect(at('S13-DIRECTION', 71).amount).toBe(11.75) // 41.39 vs 53.14: the sign does not matter
  })

  it('a percentage mismatch is the gap in points applied to the amount it is a share of', () => {
    expect(at('S02-SHARE', 112).amount).toBe(2.39) // 2.00 pp × 119.60 (采购总额) = 2.392
    expect(at('S02-SHARE', 141).amount).toBe(365.38) // 43.1 pp × 847.76 = 365.38456
    expect(at('S07-PROJECT-RATE', 162).amount).toBe(4.6) // 2.37 pp × 194 = 4.5978
    expect(at('S07-PROJECT-RATE', 180).amount).toBe(50.09) // 28.49 pp × 175.81 = 50.088
    expect(at('S07-PROJECT-RATE', 188)).toMatchObject({ amount: 29.75, basis: 'rate' }) // flag: 29.75 pp × 100
  })

  it('review flags weigh the money behind them', () => {
    expect(at('R01-COMPLETION', 44)).toMatchObject({ amount: 15.65, basis: 'gap' }) // 47.33 of 62.98
    expect(at('R01-COMPLETION', 152).amount).toBe(104.75) // 11.45 of 116.2
    expect(at('R02-YOY', 6).amount).toBe(381.72) // 收支总计 减少 381.72 万元 (−20.4 %)
    expect(at('R02-YOY', 100).amount).toBe(0.43) // 公务接待 −42.16 % = −0.43
  })

  it('rounding findings are 0.01 万元; scores concern no money', () => {
    expect(at('T03-SUM-TOTAL', 7, 4)).toMatchObject({ amount: 0.01, basis: 'difference' })
    expect(at('S10-INDICATORS', 254)).toEqual({ amount: null, share: null, basis: 'none' })
    expect(at('S14-INDICATOR-SCORE', 270).amount).toBeNull()
  })

  it('has no share without a total spending figure, and an import problem concerns no money', () => {
    const bare: Dataset = { meta: { id: 'x', department: 'x', year: 2024, origin: 'real' }, tables: {}, stated: [], files: [] }
    const f: Finding = {
      rule: 'T03-SUM-TOTAL', severity: 'error', family: 'within', class: 'mismatch', message: '', text: { key: 'finding.verbatim', params: { message: '' } }, expected: 10, actual: 12.5,
      difference: 2.5, unit: '万元', where: [{ file: 'a.csv', line: 3 }], datasetId: 'x', screen: { screen: 'drill' },
    }
    expect(materiality(f, bare)).toEqual({ amount: 2.5, share: null, basis: 'difference' })
    expect(materiality({ ...f, family: 'import', rule: 'IMPORT' }, bare).amount).toBeNull()
    expect(materiality({ ...f, unit: '人' }, bare).amount).toBeNull()
  })
})
