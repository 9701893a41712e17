import { describe, expect, it } from 'vitest'
import { importText } from '../../../src/import'
import { cents, importFixture, onlyTable, rowByCode } from './helpers'

describe('财政拨款“三公”经费支出决算表 (seed 公开09)', () => {
  const r = importFixture('zz-09-three-public.csv')
  const t = onlyTable(r, 'threePublic')
  it('maps the three-row header to budget.* / actual.* keys', () => {
    expect(t.columns.map((c) => c.key)).toEqual([
      'budget.total', 'budget.abroad', 'budget.vehicle', 'budget.vehiclePurchase', 'budget.vehicleOperation', 'budget.reception',
      'actual.total', 'actual.abroad', 'actual.vehicle', 'actual.vehiclePurchase', 'actual.vehicleOperation', 'actual.reception',
    ])
    expect(t.columns[4]!.header).toBe('预算数/公务用车购置及运行维护费/公务用车运行维护费')
  })
  it('reads the seed figures (4.03 = 3.44 + 0.59) and the marker/unit printed below the table', () => {
    expect(t.rows).toHaveLength(1)
    const v = t.rows[0]!.values
    expect([cents(v['actual.total']), cents(v['actual.vehicle']), cents(v['actual.vehicleOperation']), cents(v['actual.reception'])]).toEqual([403, 344, 344, 59])
    expect(v['actual.abroad']).toBeNull()
    expect(v['budget.vehiclePurchase']).toBeNull()
    expect(t.rows[0]).toMatchObject({ line: 6, isTotal: true })
    expect(t).toMatchObject({ marker: '公开09表', department: '株洲市行政审批服务局', unit: '万元' })
    expect(r.problems).toEqual([])
  })
})

describe('一般公共预算财政拨款基本支出决算明细表 (block layout)', () => {
  const t = onlyTable(importFixture('zz-06-gpb-basic-blocks.csv'), 'gpbBasic')
  it('yields one row per block with economic codes and personnel/public values', () => {
    expect(rowByCode(t, '301').values).toEqual({ personnel: 480 })
    expect(rowByCode(t, '30101').cells).toEqual({ personnel: 3 })
    expect(cents(rowByCode(t, '30217').values.public)).toBe(59)
    expect(rowByCode(t, '307').values).toEqual({ public: null })
    expect(rowByCode(t, '30231').line).toBe(9)
  })
  it('reads the totals from the seed narrative, the 公用经费合计 amount sitting two blocks to the right', () => {
    const totals = t.rows.filter((x) => x.isTotal)
    expect(totals.map((x) => [x.name, x.values])).toEqual([
      ['人员经费合计', { personnel: 536.59 }],
      ['公用经费合计', { public: 105.58 }],
    ])
    expect(totals[1]!.cells).toEqual({ public: 9 })
  })
  it('reads the long layout (合计, 人员经费, 公用经费 columns) too', () => {
    const text = '一般公共预算财政拨款基本支出决算表\n单位：万元\n科目代码,科目名称,合计,人员经费,公用经费\n301,工资福利支出,480.00,480.00,\n302,商品和服务支出,105.58,,105.58\n'
    const long = onlyTable(importText('l.csv', text))
    expect(long.columns.map((c) => c.key)).toEqual(['total', 'personnel', 'public'])
    expect(rowByCode(long, '302').values).toEqual({ total: 105.58, personnel: null, public: 105.58 })
  })
})

describe('empty tables', () => {
  it('本表无数据 → empty, notes kept, the 合计 row still read', () => {
    const t = onlyTable(importFixture('zz-07-gov-fund-empty.csv'), 'govFund')
    expect(t.empty).toBe(true)
    expect(t.columns.map((c) => c.key)).toEqual(['carryoverBegin', 'income', 'total', 'basic', 'project', 'carryoverEnd'])
    expect(t.rows).toHaveLength(1)
    expect(t.notes[1]).toContain('故本表无数据')
  })
  it('header only → empty table, no problems', () => {
    const r = importFixture('header-only.csv')
    expect(onlyTable(r, 'stateCapital')).toMatchObject({ empty: true, rows: [], marker: '公开08表' })
    expect(r.problems).toEqual([])
    expect(r.files[0]).toMatchObject({ linesRead: 6, rowsStructural: 6, rowsKept: 0, fatal: false })
  })
  it('title lines only (as the seed prints 06) → empty table with an info problem', () => {
    const r = importText('06.csv', '一般公共预算财政拨款基本支出决算明细表,,\n,,公开06表\n部门：株洲市行政审批服务局,,单位：万元\n')
    expect(onlyTable(r, 'gpbBasic').empty).toBe(true)
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([['info', 'table.noHeader']])
  })
})
