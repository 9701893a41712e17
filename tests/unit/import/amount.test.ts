import { describe, expect, it } from 'vitest'
import ZH from '../../../src/i18n/catalogue/zh'
import { renderText } from '../../../src/i18n/text'
import { parseAmount } from '../../../src/import/amount'
import { parseUnitLine, precisionInWan, toWan, unitFactor } from '../../../src/import/units'

describe('parseAmount', () => {
  it.each([
    ['1,489.93', 1489.93, 2],
    ['-1,489.93', -1489.93, 2],
    [' 289.93 ', 289.93, 2],
    ['\u3000289.93\u00a0', 289.93, 2],
    ['1，489.93', 1489.93, 2],
    ['１，４８９．９３', 1489.93, 2],
    ['－1,489.93', -1489.93, 2],
    ['−12.5', -12.5, 1],
    ['–12.5', -12.5, 1],
    ['(1,489.93)', -1489.93, 2],
    ['（1,489.93）', -1489.93, 2],
    ['1 489.93', 1489.93, 2],
    ['0.00', 0, 2],
    ['-0.00', 0, 2],
    ['50', 50, 0],
    ['14,899,300.00', 14899300, 2],
    ['+8.12', 8.12, 2],
  ])('%j → %d with %d decimals', (raw, value, decimals) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value, decimals })
  })

  it.each(['', '   ', '—', '——', '-', '－', '/', '\u3000'])('%j means no figure (null, never 0)', (raw) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: null, decimals: 0 })
  })

  it.each(['约100', '1.2.3', '12a', '1,2,3.4.5', '1,23.5', '1.5E+03', '100万', '12-3', '(12', 'abc'])(
    '%j is rejected with an expectation',
    (raw) => {
      const r = parseAmount(raw)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(renderText(r.expected, ZH)).toContain('金额（数字，可带千分位逗号')
    },
  )

  it('keeps -0 out of the model', () => {
    const r = parseAmount('(0.00)')
    expect(r.ok && Object.is(r.value, 0)).toBe(true)
  })
})

describe('units', () => {
  it('reads unit lines', () => {
    expect(parseUnitLine('单位：万元')).toBe('万元')
    expect(parseUnitLine('金额单位：元')).toBe('元')
    expect(parseUnitLine('单位:亿元')).toBe('亿元')
    expect(parseUnitLine('部门：株洲市行政审批服务局          单位：万元')).toBe('万元')
    expect(parseUnitLine('单位名称：株洲市行政审批服务局')).toBeNull()
    expect(parseUnitLine('编制单位：某局')).toBeNull()
  })

  it('converts to 万元 with the precision the source printed', () => {
    expect(unitFactor('元')).toBe(1e-4)
    expect(unitFactor('亿元')).toBe(1e4)
    expect(precisionInWan(2, '元')).toBe(6)
    expect(precisionInWan(2, '万元')).toBe(2)
    expect(precisionInWan(2, '亿元')).toBe(0)
    expect(precisionInWan(6, '亿元')).toBe(2)
    // 14,899,300.00 元 is the seed's 1,489.93 万元, exactly
    expect(toWan(14899300, '元', 2)).toBe(1489.93)
    expect(toWan(161280, '元', 2)).toBe(16.128)
    expect(toWan(0.148993, '亿元', 6)).toBe(1489.93)
    expect(toWan(1489.93, '万元', 2)).toBe(1489.93)
  })
})
