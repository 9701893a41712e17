import { describe, expect, it } from 'vitest'
import { diff, formatAmount, formatChange, formatNumber, formatPercent, formatStatedPercent, ratio, type DisplayUnit } from '@/model/format'

describe('amount formatting', () => {
  it('formats 万元 with thousands separators and two decimals', () => {
    expect(formatAmount(1489.93)).toBe('1,489.93 万元')
    expect(formatAmount(0.3)).toBe('0.30 万元')
    expect(formatAmount(null)).toBe('—')
  })
  it('switches units without losing the cents', () => {
    expect(formatAmount(1489.93, '元')).toBe('14,899,300.00 元')
    expect(formatAmount(1489.93, '亿元')).toBe('0.148993 亿元')
    expect(formatAmount(1489.93, '万元', 'en')).toBe('1,489.93 10k yuan')
  })
  it('groups digits as Intl.NumberFormat does in both locales, for every unit, sign and size', () => {
    // Intl is the reference here; the app does not use it (creating one costs the first render on a phone)
    let seed = 7
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let i = 0; i < 2000; i++) {
      const cents = Math.round((next() - 0.3) * 10 ** Math.floor(next() * 13))
      const wan = cents / 100
      for (const unit of ['元', '万元', '亿元'] as DisplayUnit[]) {
        const d = unit === '亿元' ? 6 : 2
        const v = wan * { 元: 10000, 万元: 1, 亿元: 0.0001 }[unit]
        const r = (Math.sign(v) * Math.round(Math.abs(v) * 10 ** d + 1e-9)) / 10 ** d
        for (const [locale, tag] of [['zh-CN', 'zh-CN'], ['en', 'en-US']] as const) {
          const ref = new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d }).format(Object.is(r, -0) ? 0 : r).replace(/^-/, '−')
          expect(formatNumber(wan, unit, locale), `${wan} ${unit} ${locale}`).toBe(ref)
        }
      }
    }
  })
  it('rounds half away from zero on decimal values that floats store just below the half', () => {
    expect(formatAmount(1.005)).toBe('1.01 万元')
    expect(formatAmount(-1.005)).toBe('−1.01 万元')
  })
  it('signs changes with a real minus', () => {
    expect(formatChange(-381.72)).toBe('−381.72')
    expect(formatChange(6.5)).toBe('+6.50')
  })
})

describe('ratios on integer cents', () => {
  it('recomputes the seed shares', () => {
    expect(formatPercent(ratio(381.72, 1871.65), 1)).toBe('20.4%')
    expect(formatPercent(ratio(118.97, 119.6))).toBe('99.47%')
    expect(formatPercent(ratio(1311.99, 1489.93))).toBe('88.06%')
    expect(ratio(1, 0)).toBeNull()
  })
  it('differences are exact in cents', () => {
    expect(diff(326.72, 326.71)).toBe(0.01)
    expect(diff(1511.9, 1511.89)).toBe(0.01)
  })
  it('prints stated percentages as published', () => {
    expect(formatStatedPercent(-20.4, true)).toBe('−20.4%')
    expect(formatStatedPercent(5.3)).toBe('5.3%')
  })
})
