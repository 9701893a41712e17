/**
 * Another province's exports (tests/fixtures/audit/other-*: no 公开NN表 markers, no 行次, 24 classes, codes split
 * into 类/款/项 with 类/款 subtotal rows, 0.00 for empty cells) in UTF-8/comma and GBK/tab: the same findings.
 * Planted inconsistencies, verified by hand:
 *   03 类 213 850.00 vs its only 款 21301 850.01 (same quantity → error), also 项目支出 550.00 vs 550.01;
 *   02 row 2130104 25.00 ≠ 20.00 + 4.00, hence 合计 事业收入 100.00 ≠ 4.00 + 95.00;
 *   01 class 208 61.00 vs 03 60.00, hence 本年支出合计 930.00 ≠ 61 + 850 + 20;
 *   05 2130108 310.00 > 03 300.00 (05 is the 一般公共预算 part of 03), columns 小计 and 项目支出;
 *   09 决算数 合计 4.50 ≠ 0.00 + 3.20 + 1.20; stated 项目支出 share 59.2 % vs 550.00 / 930.00 = 59.14 %.
 * Rounding (info): 21301 850.01 vs 4 项 850.00 (±0.025), its 项目支出 550.01 vs 550.00, 合计 基本支出 380.01 vs
 * 380.00 (±0.02), 合计 930.00 vs 380.01 + 550.00 (±0.015).
 */
import { describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/audit/index'
import { datasetTotals } from '../../../src/audit/totals'
import { loadInputs } from '../../../src/cli/load-node'

function audit(folder: string) {
  const loaded = loadInputs([`tests/fixtures/audit/${folder}`])
  expect(loaded).toHaveLength(1)
  expect(loaded[0]!.result.problems.filter((p) => p.severity === 'error')).toEqual([])
  const ds = loaded[0]!.dataset
  return { ds, report: runAudit([ds]) }
}

const EXPECTED = [
  ['error', 'T02-SUM-SECTION-CLASS', 850, 850.01], ['error', 'T02-SUM-SECTION-CLASS', 550, 550.01],
  ['error', 'T03-SUM-TOTAL', 100, 99], ['error', 'T04-ROW-PARTS', 25, 24], ['error', 'T05-THREE-PUBLIC-PARTS', 4.5, 4.4],
  ['error', 'T06-SUMMARY-ROWS', 930, 931], ['error', 'X02-CLASS-01-03', 61, 60],
  ['error', 'X03-GPB-03-05', 310, 300], ['error', 'X03-GPB-03-05', 310, 300],
  ['warning', 'S02-SHARE', 59.2, 59.14],
  ['info', 'T01-SUM-ITEM-SECTION', 850.01, 850], ['info', 'T01-SUM-ITEM-SECTION', 550.01, 550],
  ['info', 'T03-SUM-TOTAL', 380.01, 380], ['info', 'T04-ROW-PARTS', 930, 930.01], ['info', 'R03-THREE-PUBLIC-UP', 0.5, null],
]

describe.each(['other-utf8', 'other-gbk'])('another province’s layout: %s', (folder) => {
  it('reads the department, year and totals', () => {
    const { ds } = audit(folder)
    expect(ds.meta).toMatchObject({ department: '平江县示例农业农村局', year: 2023 })
    expect(datasetTotals(ds)).toMatchObject({ totalIncome: 920, totalExpenditure: 930, grandTotal: 950, basic: 380.01, project: 550, fiscalGrandTotal: 810 })
  })

  it('reports exactly the planted inconsistencies', () => {
    const { report } = audit(folder)
    const got = report.findings.map((f) => [f.severity, f.rule, f.actual, f.expected])
    expect(got).toEqual(expect.arrayContaining(EXPECTED))
    expect(got).toHaveLength(EXPECTED.length)
    expect(report.counts).toEqual({ error: 9, warning: 1, info: 5 })
  })
})

it('finds the same things in both encodings', () => {
  const strip = (r: ReturnType<typeof audit>['report']) => r.findings.map((f) => [f.rule, f.message, f.where.map((w) => [w.file, w.line, w.column])])
  expect(strip(audit('other-gbk').report)).toEqual(strip(audit('other-utf8').report))
})
