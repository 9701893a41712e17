/** Each screen's view model on the seed: every figure issue 3 lists, exactly as published. */
import { describe, expect, it } from 'vitest'
import { buildOverview } from '@/model/overview'
import { statedValue } from '@/model/dataset'
import { budgetExecution } from '@/model/narrative/budget'
import { procurementView } from '@/views/procurement/procurement'
import { threePublicView } from '@/views/threePublic/threePublic'
import { performanceEvaluation } from '@/model/narrative/performance'
import { reformTransfers } from '@/model/narrative/reform'
import { reformBridge, yoySeries } from '@/views/yoy/yoy'
import { seed } from './seed'

describe('overview', () => {
  const o = buildOverview(seed())
  it('headline totals from the tables', () => {
    expect([o.totalIncome.value, o.totalExpenditure.value, o.basic.value, o.project.value]).toEqual([1489.93, 1489.93, 642.17, 847.76])
    expect(o.totalIncome.source?.file).toMatch(/^01_/)
  })
  it('class structure: amounts from 公开01表, shares recomputed and stated', () => {
    expect(o.classes.map((c) => [c.code, c.value, c.statedShare])).toEqual([
      ['201', 1311.99, 88.06], ['208', 78.99, 5.3], ['210', 57.55, 3.86], ['221', 41.39, 2.78],
    ])
    expect(o.classes.map((c) => Math.round(c.share! * 10000) / 100)).toEqual([88.06, 5.3, 3.86, 2.78])
  })
  it('basic/project shares stated 43.1 / 56.9', () => {
    expect(statedValue(seed().stated, 'expenditure', 'basic', 'share')).toBe(43.1)
    expect(statedValue(seed().stated, 'expenditure', 'project', 'share')).toBe(56.9)
  })
})

describe('year over year', () => {
  const b = reformBridge(seed())
  it('1,871.65 → 1,489.93: −381.72 split into 185.27 moved by reform and −196.45 comparable', () => {
    expect([b.prior, b.current, b.change, b.moved, b.rest]).toEqual([1871.65, 1489.93, -381.72, 185.27, -196.45])
  })
  it('series need two years: the derived prior year makes one for the totals and 三公', () => {
    const s = yoySeries(seed(), [seed()], (key) => key)
    const total = s.find((x) => x.id === 'totals.total')!
    expect(total.points.map(({ year, value, derived, provenance }) => ({ year, value, derived, provenance }))).toEqual([
      { year: 2023, value: 1871.65, derived: true, provenance: 'derived' }, { year: 2024, value: 1489.93, derived: false, provenance: 'loaded' },
    ])
    expect(s.find((x) => x.id === 'threePublic.total')?.points.map((p) => p.value)).toEqual([11, 4.03])
  })
})

describe('reform transfers', () => {
  const r = reformTransfers(seed())
  it('25 staff (22 事业编, 3 行政编) and the amounts moved to 市数据局', () => {
    expect(r.staff).toEqual({ total: 25, shiye: 22, xingzheng: 3 })
    expect(r.receiver).toBe('市数据局')
    expect(r.moved.map((m) => m.value).sort()).toEqual([104.75, 36.41, 44.11].sort())
    expect(r.units).toEqual([{ id: 'unit1', name: '株洲市智慧城市发展中心', direction: 'out' }])
  })
  it('lists the budget lines and projects the reform touched', () => {
    expect(r.lines.map((l) => l.code)).toEqual(expect.arrayContaining(['2080505', '2080506', '2101101', '2101103', '2210201']))
    // 安全服务项目 −104.75 and 业务性支出 −44.11 cut mid-year; the line lease (printed as 线路租赁, adjustment 0) was split by the reform
    expect(r.projects.map((p) => [p.id, p.adjustment])).toEqual([['p1', -104.75], ['p2', 0], ['p7', -44.11]])
  })
})

describe('budget execution', () => {
  const v = budgetExecution(seed())
  it('年初预算 1,755.88 → 决算 1,489.93 (84.85%); full-year 1,535.92 (97.01%)', () => {
    expect(v.total).toEqual({ budget: 1755.88, actual: 1489.93, statedRate: 84.85, rate: 84.85 })
    expect(v.full).toEqual({ budget: 1535.92, executed: 1489.93, statedRate: 97.01, rate: 97.01 })
  })
  it('其他行政事业单位医疗支出 at 111.84% stands out; lines under 80% too', () => {
    const line = v.lines.find((l) => l.code === '2101199')!
    expect([line.budget, line.actual, line.statedRate, line.rate, line.flag]).toEqual([24.16, 27.02, 111.84, 111.84, 'over'])
    expect(line.reason).toContain('工资基数调整')
    expect(v.lines.find((l) => l.code === '2080505')?.flag).toBe('under')
    expect(v.lines.find((l) => l.code === '2080501')?.flag).toBeNull()
  })
  it('the 决算 of each 项 line equals 公开05表', () => {
    for (const l of v.lines.filter((x) => x.code)) expect(l.tableActual).toBe(l.actual)
  })
})

describe('procurement', () => {
  const v = procurementView(seed())
  it('119.60 = goods 61.90 + works 0.30 + services 57.40; SME 118.97, small/micro 11.02', () => {
    expect(v.total).toBe(119.6)
    expect(v.parts.map((p) => p.value)).toEqual([61.9, 0.3, 57.4])
    expect([v.sme, v.smallMicro]).toEqual([118.97, 11.02])
  })
  it('shows the stated 97.47% beside the computed 99.47% and flags it; 9.26% agrees', () => {
    const sme = v.shares.find((s) => s.id === 'sme')!
    expect([sme.stated, sme.computed, sme.mismatch]).toEqual([97.47, 99.47, true])
    const sm = v.shares.find((s) => s.id === 'smallMicro')!
    expect([sm.stated, sm.computed, sm.mismatch]).toEqual([9.26, 9.26, false])
    const sv = v.shares.find((s) => s.id === 'servicesSme')!
    expect([sv.part, sv.stated, sv.computed, sv.derived, sv.mismatch]).toEqual([56.77, 98.9, 98.9, true, false])
  })
})

describe('三公经费', () => {
  const v = threePublicView(seed())
  const row = (p: string) => v.rows.find((r) => r.part === p)!
  it('actual by part from 公开09表 and the narrative', () => {
    expect([row('abroad').statedActual, row('vehicleOperation').tableActual, row('reception').tableActual, row('total').tableActual]).toEqual([0, 3.44, 0.59, 4.03])
  })
  it('budget: 5.5 stated vs 4.03 printed in 公开09表 — both kept', () => {
    expect(row('total').statedBudget).toBe(5.5)
    expect(row('total').tableBudget).toBe(4.03)
    expect(v.budgetParts).toEqual({ stated: 5.5, sum: 4.5 })
  })
  it('change −6.97 (−63.36%), prior year 11.00 derived; vehicles 1; 5 groups, 45 visitors', () => {
    expect([row('total').changeAmount, row('total').changePct, row('total').prior]).toEqual([-6.97, -63.36, 11])
    expect([v.vehicles, v.groups, v.visitors]).toEqual([1, 5, 45])
  })
})

describe('performance', () => {
  const v = performanceEvaluation(seed())
  it('eight projects whose executed amounts sum to 项目支出 847.76; overall 99.7', () => {
    expect(v.projects).toHaveLength(8)
    expect(v.executedSum).toBe(847.76)
    expect(v.projectSpending.total).toBe(847.76)
    expect(v.overall.score).toBe(99.7)
    expect(v.projects.every((p) => p.grade === '优秀')).toBe(true)
  })
  it('the first project: 116.2 budget, 11.45 executed, 9.85%, 90.99 points', () => {
    const p = v.projects[0]!
    expect([p.budget, p.executed, p.statedRate, p.rate, p.score]).toEqual([116.2, 11.45, 9.85, 9.85, 90.99])
  })
  it('indicator weights and scores sum to the printed total', () => {
    expect(v.indicators).toHaveLength(8)
    expect(v.indicatorTotal.sumWeight).toBe(100)
    expect(v.indicatorTotal.sumScore).toBe(99.7)
  })
})
