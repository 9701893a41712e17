import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { toCsv } from '@/export/csv'
import type { TableSpec } from '@/model/tableSpec'

const spec: TableSpec = {
  columns: [
    { key: 'name', label: '项目', kind: 'text' },
    { key: 'amount', label: '金额', kind: 'amount' },
    { key: 'share', label: '占比', kind: 'percent' },
    { key: 'stated', label: '说明', kind: 'statedPercent' },
  ],
  rows: [
    { name: '=HYPERLINK("http://x","y")', amount: 1489.93, share: 88.06, stated: '98.90' },
    { name: '@SUM(A1)', amount: -381.72, share: null, stated: '-6.97' },
    { name: '+1', amount: null, share: 5.3, stated: '减少381.72' },
    { name: '-2+3', amount: 0, share: 0, stated: '=1755.87万元' },
    { name: '\tTAB', amount: -12.5, share: -0.5, stated: null },
    { name: '一般公共服务支出, "引号"', amount: 1311.99, share: 1, stated: '-' },
    { name: '-12.5', amount: 1, share: Number.NaN, stated: '\rCR' },
  ],
}

const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('toCsv', () => {
  const text = toCsv(spec, ['标题', '=来源'])
  const rows = parse(text)
  it('starts with a BOM, ends every line with CRLF and keeps the preamble and header', () => {
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/)
    expect(rows[0]).toEqual(['标题'])
    expect(rows[1]).toEqual(["'=来源"])
    expect(rows[2]).toEqual(['项目', '金额', '占比', '说明'])
  })
  it('neutralises text cells that start with = + - @ tab or CR', () => {
    expect(rows.slice(3).map((r) => r[0])).toEqual([
      "'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)", "'+1", "'-2+3", "'\tTAB", '一般公共服务支出, "引号"', '-12.5',
    ])
    expect(rows[6]![3]).toBe("'=1755.87万元")
    expect(rows[8]![3]).toBe('\'-')
    expect(rows[9]![3]).toBe("'\rCR")
  })
  it('keeps amounts and percents numeric, negative ones included, at the unit decimals', () => {
    expect(rows.slice(3).map((r) => r[1])).toEqual(['1489.93', '-381.72', '', '0.00', '-12.50', '1311.99', '1.00'])
    expect(rows.slice(3).map((r) => r[2])).toEqual(['88.06', '', '5.3', '0', '-0.5', '1', ''])
    // what a spreadsheet reads: the negative amount is a number, not text
    expect(Number(rows[4]![1])).toBe(-381.72)
    expect(Number(rows[7]![2])).toBe(-0.5)
  })
  it('writes stated figures as printed: numbers stay numbers, text stays text', () => {
    expect(rows.slice(3, 6).map((r) => r[3])).toEqual(['98.90', '-6.97', '减少381.72'])
  })
  it('writes amounts in the display unit', () => {
    const yuan = parse(toCsv(spec, [], { factor: 10000, decimals: 2 }))
    expect(yuan[1]![1]).toBe('14899300.00')
    expect(yuan[2]![1]).toBe('-3817200.00')
    const yi = parse(toCsv(spec, [], { factor: 0.0001, decimals: 6 }))
    expect(yi[1]![1]).toBe('0.148993')
  })
})
