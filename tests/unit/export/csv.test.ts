import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { safeText, toCsv } from '@/export/csv'
import type { TableSpec } from '@/model/tableSpec'

const spec: TableSpec = {
  columns: [
    { key: 'name', label: '项目', kind: 'text' },
    { key: 'amount', label: '金额', kind: 'amount' },
    { key: 'share', label: '占比', kind: 'percent' },
  ],
  rows: [
    { name: '=HYPERLINK("http://x","y")', amount: 1489.93, share: 88.06 },
    { name: '@SUM(A1)', amount: -381.72, share: null },
    { name: '+1', amount: null, share: 5.3 },
    { name: '-2', amount: 0, share: 0 },
    { name: '\tTAB', amount: 1, share: 1 },
    { name: '一般公共服务支出, "引号"', amount: 1311.99, share: 1 },
  ],
}

describe('safeText', () => {
  it('prefixes formula starters with an apostrophe and leaves other text alone', () => {
    expect(safeText('=1+1')).toBe("'=1+1")
    expect(safeText('+1')).toBe("'+1")
    expect(safeText('-1')).toBe("'-1")
    expect(safeText('@x')).toBe("'@x")
    expect(safeText('\tx')).toBe("'\tx")
    expect(safeText('行政运行')).toBe('行政运行')
  })
})

describe('toCsv', () => {
  const text = toCsv(spec, ['标题'])
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
  it('starts with a BOM and keeps the preamble and header', () => {
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(rows[0]).toEqual(['标题'])
    expect(rows[1]).toEqual(['项目', '金额', '占比'])
  })
  it('neutralises formula text cells but keeps amounts numeric, negative ones included', () => {
    expect(rows[2]).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", '1489.93', '88.06'])
    expect(rows[3]).toEqual(["'@SUM(A1)", '-381.72', ''])
    expect(rows[4]).toEqual(["'+1", '', '5.3'])
    expect(rows[5]).toEqual(["'-2", '0.00', '0'])
    expect(rows[6]![0]).toBe("'\tTAB")
    expect(rows[7]).toEqual(['一般公共服务支出, "引号"', '1311.99', '1'])
  })
  it('writes amounts in the display unit', () => {
    const yuan = toCsv(spec, [], { factor: 10000, decimals: 2 })
    expect(yuan).toContain('14899300.00')
  })
})
