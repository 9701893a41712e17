/**
 * The seed report (data/zhuzhou-xzsp-2024, loaded through the CLI's node loader and the importer) yields
 * exactly the inconsistencies verified by hand in docs/AUDIT.md — no more, no fewer — and the 0.01 gaps the
 * report's own note explains (尾数误差) are classed as rounding, never as errors.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { runAudit, type AuditReport, type Finding } from '../../../src/audit/index'
import { loadInputs } from '../../../src/cli/load-node'

let report: AuditReport
const pick = (f: Finding) => [f.rule, f.actual, f.expected, f.difference, f.where[0]!.file, f.where[0]!.line]

beforeAll(() => {
  const loaded = loadInputs(['data']).filter((l) => l.dataset.meta.id === 'zhuzhou-xzsp-2024')
  expect(loaded).toHaveLength(1)
  report = runAudit(loaded.map((l) => l.dataset), { problems: { [loaded[0]!.dataset.meta.id]: loaded[0]!.result.problems } })
})

describe('seed report: 株洲市行政审批服务局 2024', () => {
  it('has no error-severity finding (the tables agree with each other up to rounding)', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(report.ruleErrors).toEqual([])
  })

  it('lists every real inconsistency, with the arithmetic checked by hand (docs/AUDIT.md §3)', () => {
    const warnings = report.findings.filter((f) => f.severity === 'warning').map(pick)
    const S = '说明数据.csv'
    expect(warnings).toEqual(expect.arrayContaining([
      ['T07-STATED-PARTS', 5.5, 4.5, 1, S, 78], // 三公 budget 5.5 vs 0 + 3.5 + 1
      ['T07-STATED-PARTS', 1535.92, 1489.93, 45.99, S, 145], // 自评表: 按收入性质 1535.92 vs 按支出性质 642.17 + 847.76
      ['X09-THREE-PUBLIC-STATED', 5.5, 4.03, 1.47, S, 78], // 三公 budget text vs 公开09表
      ['X09-THREE-PUBLIC-STATED', 3.5, 3.44, 0.06, S, 85], // 公务用车 budget
      ['X09-THREE-PUBLIC-STATED', 3.5, 3.44, 0.06, S, 90], // 运行维护费 budget
      ['X09-THREE-PUBLIC-STATED', 1, 0.59, 0.41, S, 96], // 公务接待费 budget
      ['S02-SHARE', 97.47, 99.47, -2, S, 112], // SME 118.97 / 119.60 = 99.47 %
      ['S02-SHARE', 56.9, 100, -43.1, S, 141], // 847.76 is 100 % of 项目支出
      ['S05-EXEC-ACTUAL', 1311.99, 302.95, 1009.04, S, 34], // line 1 = class 201, labelled 2010301
      ['S06-BUDGET-TOTAL', 1755.88, 1752.73, 3.15, S, 30], // per-项 budgets
      ['S07-PROJECT-RATE', 99.9, 97.53, 2.37, S, 162], // 189.2 / 194
      ['S07-PROJECT-RATE', 99.95, 128.44, -28.49, S, 180], // 225.81 / 175.81 (and ≠ 100 % adjusted)
      ['S10-INDICATORS', 50, 40, 10, S, 254], // 产出指标（50分） = 20 + 5 + 10 + 5
      ['S12-SAME-FIGURE', 30.11, 30.12, -0.01, S, 215], // 信创 executed printed twice
      ['S12-SAME-FIGURE', 1755.87, 1755.88, -0.01, S, 302], // 成本指标 target vs 年初预算
      ['S13-DIRECTION', 41.39, 53.14, -11.75, S, 71], // “大于” although 41.39 < 53.14
      ['S14-INDICATOR-SCORE', 5, 3.57, 1.43, S, 270], // 132 / 185 × 5
    ]))
    expect(warnings).toHaveLength(17)
  })

  it('classes the 0.01 gaps the report’s 注 explains (尾数误差) as rounding, severity info', () => {
    const rounding = report.findings.filter((f) => f.class === 'rounding').map(pick)
    expect(rounding).toEqual(expect.arrayContaining([
      ['T06-SUMMARY-ROWS', 1489.93, 1489.92, 0.01, '01_收入支出决算总表.csv', 33], // class rows 1311.99 + 78.99 + 57.55 + 41.39
      ['T06-SUMMARY-ROWS', 1489.93, 1489.92, 0.01, '04_财政拨款收入支出决算总表.csv', 33],
      ['T03-SUM-TOTAL', 642.17, 642.16, 0.01, '03_支出决算表.csv', 7], // basic 项 sum
      ['T03-SUM-TOTAL', 642.17, 642.16, 0.01, '05_一般公共预算财政拨款支出决算表.csv', 7],
      ['T03-SUM-TOTAL', 1489.93, 1489.92, 0.01, '02_收入决算表.csv', 7], // 13 项 rows
      ['T03-SUM-TOTAL', 1489.93, 1489.92, 0.01, '03_支出决算表.csv', 7],
      ['T03-SUM-TOTAL', 1489.93, 1489.92, 0.01, '05_一般公共预算财政拨款支出决算表.csv', 7],
    ]))
    expect(rounding).toHaveLength(9)
    for (const f of report.findings.filter((x) => x.class === 'rounding')) {
      expect(f.severity).toBe('info')
      expect(Math.abs(f.difference!)).toBeLessThanOrEqual(f.tolerance!)
      expect(f.message).toContain('尾数误差')
    }
  })

  it('points each table finding at the cell: file, physical line and column', () => {
    const f = report.findings.find((x) => x.rule === 'T03-SUM-TOTAL' && x.where[0]!.file.startsWith('03') && x.actual === 642.17)!
    expect(f.where[0]).toMatchObject({ file: '03_支出决算表.csv', line: 7, column: 4 })
    expect(f.where).toHaveLength(14) // the total and its 13 项 cells
    expect(f.screen).toMatchObject({ screen: 'drill', table: 'expenditure' })
  })

  it('flags for review: completion below 80 % / above 110 %, year-over-year moves over 20 %', () => {
    const flags = report.findings.filter((f) => f.class === 'flag')
    expect(flags.filter((f) => f.rule === 'R01-COMPLETION').map((f) => f.actual).sort((a, b) => a! - b!))
      .toEqual([9.85, 61.6, 75.13, 75.15, 75.35, 75.44, 77.89, 78.8, 111.84, 128.44, 129.75])
    expect(flags.filter((f) => f.rule === 'R02-YOY').map((f) => f.actual)).toEqual([-20.4, -20.4, -20.4, -63.36, -65.53, -65.53, -42.16])
    expect(flags.filter((f) => f.rule === 'R03-THREE-PUBLIC-UP')).toEqual([])
  })
})
