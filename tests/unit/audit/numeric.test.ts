import { describe, expect, it } from 'vitest'
import { checkPercent, checkSame, checkSum, type Fig } from '../../../src/audit/numeric'

const fig = (value: number, precision = 2, extra: Partial<Fig> = {}): Fig => ({ value, precision, ref: { file: 'x.csv', line: 1 }, label: String(value), ...extra })
const plus = (...figs: Fig[]) => figs.map((f) => ({ fig: f, coef: 1 as const }))

describe('checkSum: integer arithmetic and the rounding bound 0.005 × (n + 1)', () => {
  it('classes the seed’s class rows 1489.92 vs 本年支出合计 1489.93 as rounding (4 parts → ±0.025)', () => {
    const o = checkSum(fig(1489.93), [fig(1311.99), fig(78.99), fig(57.55), fig(41.39)])
    expect(o).toMatchObject({ cls: 'rounding', expected: 1489.92, actual: 1489.93, difference: 0.01, tolerance: 0.025 })
  })

  it('classes the seed’s 9 basic 项 642.16 vs 642.17 as rounding (±0.05)', () => {
    const parts = [161.28, 302.95, 8, 47.33, 23.66, 19.38, 11.15, 27.02, 41.39].map((v) => fig(v))
    expect(checkSum(fig(642.17), parts)).toMatchObject({ cls: 'rounding', expected: 642.16, tolerance: 0.05 })
  })

  it('does not depend on float noise: 326.72−326.71 and 1511.90−1511.89 are both exactly 0.01', () => {
    const a = checkSum(fig(326.72), [fig(326.71), fig(0, 2, { blank: true, exact: true })])
    const b = checkSum(fig(1511.9), [fig(1511.89), fig(0, 2, { blank: true, exact: true })])
    expect(a.difference).toBe(0.01)
    expect(b.difference).toBe(0.01)
    expect(a.cls).toBe(b.cls)
  })

  it('calls a difference beyond the bound a mismatch', () => {
    expect(checkSum(fig(1755.88), [1532.34, 8.12, 62.98, 31.49, 25.72, 14.78, 24.16, 53.14].map((v) => fig(v))))
      .toMatchObject({ cls: 'mismatch', expected: 1752.73, difference: 3.15 })
  })

  it('treats blanks as exact zeros: they do not widen the bound', () => {
    const blank = fig(0, 2, { blank: true, exact: true })
    expect(checkSum(fig(10.01), [fig(5), fig(5), blank, blank]).tolerance).toBe(0.015)
  })
})

describe('checkSame: the same quantity printed twice is not rounding', () => {
  it('has bound 0 at equal precision', () => {
    expect(checkSame(fig(1755.87), fig(1755.88))).toMatchObject({ cls: 'mismatch', tolerance: 0, difference: -0.01 })
    expect(checkSame(fig(30.12), fig(30.12)).cls).toBe('ok')
  })

  it('allows the half-units when precisions differ (元 table vs 万元 table)', () => {
    expect(checkSame(fig(30.12), fig(30.1234, 4)).cls).toBe('rounding')
    expect(checkSame(fig(30.12), fig(30.1260, 4)).cls).toBe('mismatch')
  })

  it('a parent with one printed child plus blanks is the same quantity', () => {
    const o = checkSum(fig(850), [fig(850.01), fig(0, 2, { blank: true, exact: true })])
    expect(o).toMatchObject({ cls: 'mismatch', tolerance: 0 })
  })
})

describe('checkPercent: interval bounds from the printed precision of every figure', () => {
  it('finds the SME share 118.97 / 119.60 = 99.47 % vs stated 97.47 %', () => {
    const o = checkPercent(fig(97.47), plus(fig(118.97)), plus(fig(119.6)))!
    expect(o).toMatchObject({ cls: 'mismatch', expected: 99.47, difference: -2 })
  })

  it('23.66 / 31.49 = 75.1350 %: 75.13 exact, 75.14 within the interval (rounding), 75.20 outside', () => {
    // interval of the true ratio: 23.655 / 31.495 = 75.107 % … 23.665 / 31.485 = 75.163 %, ± 0.005 pp for the percent
    expect(checkPercent(fig(75.13), plus(fig(23.66)), plus(fig(31.49)))!.cls).toBe('ok')
    expect(checkPercent(fig(75.14), plus(fig(23.66)), plus(fig(31.49)))!.cls).toBe('rounding')
    expect(checkPercent(fig(75.16), plus(fig(23.66)), plus(fig(31.49)))!.cls).toBe('rounding')
    expect(checkPercent(fig(75.2), plus(fig(23.66)), plus(fig(31.49)))!.cls).toBe('mismatch')
  })

  it('uses the percent’s own precision: 20.4 % for 381.72 / (1489.93 + 381.72)', () => {
    const o = checkPercent(fig(-20.4, 1), plus(fig(-381.72)), [{ fig: fig(1489.93), coef: 1 }, { fig: fig(-381.72), coef: -1 }])!
    expect(o.cls).toBe('ok')
    expect(checkPercent(fig(-20.5, 1), plus(fig(-381.72)), [{ fig: fig(1489.93), coef: 1 }, { fig: fig(-381.72), coef: -1 }])!.cls).toBe('mismatch')
  })

  it('recomputes project rates: 189.2 / 194 = 97.53 % vs stated 99.9 %', () => {
    expect(checkPercent(fig(99.9, 1), plus(fig(189.2)), plus(fig(194)))).toMatchObject({ cls: 'mismatch', expected: 97.53 })
  })

  it('says nothing when the base can be zero', () => {
    expect(checkPercent(fig(100, 0), plus(fig(0)), plus(fig(0)))).toBeNull()
  })

  it('supports another factor (score = weight × ratio)', () => {
    expect(checkPercent(fig(9.7, 1), plus(fig(1489.93)), plus(fig(1535.92)), 10)!.cls).toBe('ok')
    expect(checkPercent(fig(5, 0), plus(fig(132, 0)), plus(fig(185, 0)), 5)!.cls).toBe('mismatch')
  })
})
