import { describe, expect, it } from 'vitest'
import { importText } from '../../../src/import'
import { CLASS_NAMES } from '../../../src/model/classification'
import type { RecognisedTable, Side } from '../../../src/model/types'
import { cents, importFixture, onlyTable } from './helpers'

const item = (t: RecognisedTable, side: Side, key: string) => {
  const r = t.rows.find((x) => x.side === side && x.item === key)
  if (!r) throw new Error(`no ${side} ${key}`)
  return r
}
const classRows = (t: RecognisedTable) => t.rows.filter((r) => r.item === 'class')

describe('收入支出决算总表 (seed 公开01, 26 classes, with 行次)', () => {
  const r = importFixture('zz-01-summary.csv')
  const t = onlyTable(r, 'summary')

  it('splits each line into an income and an expenditure row with item keys', () => {
    const gpb = item(t, 'income', 'income.gpb')
    expect(gpb).toMatchObject({ line: 7, rowNo: 1, name: '一、一般公共预算财政拨款收入' })
    expect(cents(gpb.values.amount)).toBe(148993)
    const first = t.rows.find((x) => x.line === 7 && x.side === 'expenditure')
    expect(first).toMatchObject({ item: 'class', code: '201', rowNo: 31 })
    expect(cents(first?.values.amount)).toBe(131199)
    for (const key of ['income.govFund', 'income.stateCapital', 'income.upperSubsidy', 'income.business', 'income.operating', 'income.affiliated', 'income.other', 'surplusUsed']) {
      expect(item(t, 'income', key).values.amount).toBeNull()
    }
  })

  it('reads 26 classes with codes, and the totals', () => {
    const classes = classRows(t)
    expect(classes).toHaveLength(26)
    expect(classes.every((c) => c.code !== null && CLASS_NAMES[c.code] !== undefined)).toBe(true)
    expect(classes.find((c) => c.code === '234')?.rowNo).toBe(56)
    expect(Object.fromEntries(classes.filter((c) => c.values.amount !== null).map((c) => [c.code, cents(c.values.amount)]))).toEqual({
      '201': 131199,
      '208': 7899,
      '210': 5755,
      '221': 4139,
    })
    expect(cents(item(t, 'income', 'totalIncome').values.amount)).toBe(148993)
    expect(cents(item(t, 'expenditure', 'totalExpenditure').values.amount)).toBe(148993)
    expect(item(t, 'income', 'grandTotal')).toMatchObject({ isTotal: true, rowNo: 30 })
    expect(item(t, 'expenditure', 'grandTotal')).toMatchObject({ isTotal: true, rowNo: 60 })
    expect(item(t, 'expenditure', 'surplusDistribution').values.amount).toBeNull()
    expect(item(t, 'expenditure', 'carryoverEnd').values.amount).toBeNull()
  })

  it('keeps 0.00 as 0 and blank as null', () => {
    expect(item(t, 'income', 'carryoverBegin').values.amount).toBe(0)
    expect(item(t, 'income', 'income.business').values.amount).toBeNull()
  })

  it('makes no income row for lines that print only a 行次 on that side', () => {
    expect(t.rows.filter((x) => x.side === 'income')).toHaveLength(8 + 4)
    expect(t.notes).toHaveLength(2)
    expect(r.problems).toEqual([])
  })
})

describe('24-class summary, no 行次, no marker, no 部门, empties printed 0.00', () => {
  const r = importFixture('other-01-summary-24class.csv')
  const t = onlyTable(r, 'summary')
  it('reads 24 classes, no rowNo, and 0.00 as 0 (not null)', () => {
    expect(classRows(t)).toHaveLength(24)
    expect(t.rows.every((x) => x.rowNo === undefined)).toBe(true)
    expect(t.marker).toBeNull()
    expect(t.department).toBeNull()
    expect(classRows(t).find((c) => c.code === '202')?.values.amount).toBe(0)
    expect(cents(classRows(t).find((c) => c.code === '201')?.values.amount)).toBe(131199)
    expect(r.year).toBe(2025)
  })
})

describe('unknown class names', () => {
  it('keep the row with code null and raise a warning', () => {
    const text = '收入支出决算总表\n单位：万元\n项目,金额,项目,金额\n一、一般公共预算财政拨款收入,5.00,一、一般公共服务支出,4.00\n,,二、某某新设支出,1.00\n本年收入合计,5.00,本年支出合计,5.00\n'
    const r = importText('u.csv', text)
    const t = onlyTable(r)
    expect(t.rows.find((x) => x.name === '二、某某新设支出')).toMatchObject({ item: 'class', code: null, side: 'expenditure' })
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'summary.unknownItem', line: 5, column: 3 }))
  })
})

describe('财政拨款收入支出决算总表 (seed 公开04)', () => {
  const t = onlyTable(importFixture('zz-04-fiscal-summary.csv'), 'fiscalSummary')
  it('has measures total/gpb/govFund/stateCapital on the expenditure side and amount on the income side', () => {
    expect(t.columns.map((c) => c.key)).toEqual(['amount', 'total', 'gpb', 'govFund', 'stateCapital'])
    const c208 = classRows(t).find((c) => c.code === '208')!
    expect([cents(c208.values.total), cents(c208.values.gpb), c208.values.govFund]).toEqual([7899, 7899, null])
    expect(cents(item(t, 'income', 'income.gpb').values.amount)).toBe(148993)
  })
  it('tells the fund rows under 年初结转和结余 from the income rows of the same name', () => {
    expect(item(t, 'income', 'carryoverBegin')).toMatchObject({ rowNo: 28, values: { amount: 0 } })
    expect(item(t, 'income', 'carryoverBegin.gpb')).toMatchObject({ rowNo: 29, values: { amount: 0 } })
    expect(item(t, 'income', 'carryoverBegin.govFund').values.amount).toBeNull()
    expect(item(t, 'income', 'carryoverBegin.stateCapital').rowNo).toBe(31)
    expect(item(t, 'income', 'income.govFund').rowNo).toBe(2)
    expect(cents(item(t, 'expenditure', 'grandTotal').values.gpb)).toBe(148993)
    expect(classRows(t)).toHaveLength(26)
  })
})
