import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importFiles, importText } from '../../../src/import'
import { decodeBytes } from '../../../src/import/decode'
import { parseCsv } from '../../../src/import/csv'
import type { RecognisedTable } from '../../../src/model/types'
import { fixture, fixtureNames, importFixture, onlyTable, utf8 } from './helpers'

/** Rows and values, without file-specific positions (line, physical columns). */
const content = (t: RecognisedTable) => ({
  kind: t.kind,
  unit: t.unit,
  precision: t.precision,
  keys: t.columns.map((c) => c.key),
  rows: t.rows.map((r) => ({ code: r.code, name: r.name, isTotal: r.isTotal, values: r.values })),
})

describe('acceptance: another province’s export equals its twin', () => {
  const gbk = importFixture('other-03-expenditure-gbk-tab.csv')
  const comma = importFixture('other-03-expenditure-utf8-comma.csv')

  it('GBK + tab + CRLF + split codes, no marker/部门/行次: same table as the UTF-8 comma twin', () => {
    expect(gbk.files[0]).toMatchObject({ encoding: 'gb18030', delimiter: '\t', recognisedAs: 'expenditure', fatal: false })
    expect(comma.files[0]).toMatchObject({ encoding: 'utf-8', delimiter: ',' })
    const { file: _a, ...a } = onlyTable(gbk)
    const { file: _b, ...b } = onlyTable(comma)
    expect(a).toEqual(b)
    expect(gbk.problems).toEqual([])
    const { file: _c, encoding: _d, delimiter: _e, ...statsA } = gbk.files[0]!
    const { file: _f, encoding: _g, delimiter: _h, ...statsB } = comma.files[0]!
    expect(statsA).toEqual(statsB)
  })

  it('and the same codes, names and values as the Zhuzhou-style 公开03表', () => {
    const zz = onlyTable(importFixture('zz-03-expenditure.csv'))
    expect(content(onlyTable(gbk))).toEqual(content(zz))
    expect(onlyTable(gbk)).toMatchObject({ marker: null, department: null })
  })
})

describe('the same file as UTF-8 with BOM and CRLF', () => {
  it('gives the same table as plain UTF-8 LF', () => {
    const plain = new TextDecoder().decode(fixture('zz-02-income.csv').bytes)
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(plain.replace(/\n/g, '\r\n'))])
    const a = importFiles([{ name: 'x.csv', bytes: utf8(plain) }])
    const b = importFiles([{ name: 'x.csv', bytes: bom }])
    expect(b.files[0]!.encoding).toBe('utf-8-bom')
    expect(b.tables).toEqual(a.tables)
  })
})

describe('invariant on every fixture: lines read = kept + reported + structural', () => {
  it.each(fixtureNames())('%s', (name) => {
    const r = importFixture(name)
    const report = r.files[0]!
    const decoded = decodeBytes(fixture(name).bytes, name)
    if (report.fatal) {
      expect(r.tables).toEqual([])
      expect(r.problems.some((p) => p.severity === 'error')).toBe(true)
      return
    }
    const records = decoded.ok ? parseCsv(decoded.text, name).rows.length : -1
    expect(report.linesRead).toBe(records)
    expect(report.rowsKept + report.rowsReported + report.rowsStructural).toBe(report.linesRead)
    const t = r.tables[0]
    if (t) {
      expect(t.stats).toEqual({ linesRead: report.linesRead, rowsKept: report.rowsKept, rowsReported: report.rowsReported, rowsStructural: report.rowsStructural })
      expect(new Set(t.rows.map((x) => x.line)).size).toBeLessThanOrEqual(report.rowsKept)
    }
    const errorLines = new Set(r.problems.filter((p) => p.severity === 'error' && p.line > 0).map((p) => p.line))
    expect(report.rowsReported).toBeLessThanOrEqual(errorLines.size)
  })
})

describe('fatal files', () => {
  it('an xlsx renamed .csv, an empty file and an unclosed quote: fatal reports, no tables, the good file still imported', () => {
    const r = importFiles([
      { name: 'a.csv', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
      { name: 'b.csv', bytes: new Uint8Array() },
      fixture('unclosed-quote.csv'),
      fixture('zz-03-expenditure.csv'),
    ])
    expect(r.files.map((f) => [f.file, f.fatal])).toEqual([
      ['a.csv', true],
      ['b.csv', true],
      ['unclosed-quote.csv', true],
      ['zz-03-expenditure.csv', false],
    ])
    expect(r.tables.map((t) => t.file)).toEqual(['zz-03-expenditure.csv'])
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['a.csv', 'file.binary'],
      ['b.csv', 'file.empty'],
      ['unclosed-quote.csv', 'quote.unclosed'],
    ])
    expect(r.problems[2]).toMatchObject({ line: 5, column: 2 })
  })

  it('an unrecognisable file is fatal with a message, and nothing throws on garbage', () => {
    const r = importText('x.csv', 'foo,bar\n1,2\n')
    expect(r.files[0]!.fatal).toBe(true)
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'table.unrecognised', file: 'x.csv' })
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 255 || 1)
    expect(() => importFiles([{ name: 'junk.csv', bytes: junk }])).not.toThrow()
  })
})

describe('department, year, duplicates across files', () => {
  it('takes department and year from where they are printed', () => {
    const r = importFiles([fixture('zz-03-expenditure.csv'), fixture('stated.csv'), fixture('other-03-expenditure-utf8-comma.csv')])
    expect(r.department).toBe('株洲市行政审批服务局')
    expect(r.year).toBe(2024)
    expect(r.problems.filter((p) => p.code.startsWith('meta.'))).toEqual([])
  })

  it('reports files that disagree on department or year', () => {
    const r = importFiles([fixture('zz-03-expenditure.csv'), fixture('bad-amounts.csv'), fixture('stated.csv'), fixture('other-01-summary-24class.csv')])
    expect(r.department).toBe('株洲市行政审批服务局')
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'meta.departmentConflict', file: 'bad-amounts.csv', line: 2, value: '测试部门' }))
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'meta.yearConflict', file: 'other-01-summary-24class.csv', line: 1, value: '2025' }))
  })

  it('skips a byte-identical second copy and warns about two files of the same table', () => {
    const r = importFiles([fixture('zz-03-expenditure.csv'), { ...fixture('zz-03-expenditure.csv'), name: 'copy.csv' }, fixture('other-03-expenditure-utf8-comma.csv')])
    expect(r.tables).toHaveLength(2)
    expect(r.problems.map((p) => [p.code, p.file])).toEqual([
      ['file.duplicate', 'copy.csv'],
      ['table.duplicate', 'other-03-expenditure-utf8-comma.csv'],
    ])
  })
})

describe('stated figures', () => {
  const r = importFixture('stated.csv')
  it('reads values, text (数值 as printed), quote (原文), units and sources; text figures have value null', () => {
    expect(r.files[0]).toMatchObject({ recognisedAs: 'stated', rowsKept: 5, rowsReported: 1, rowsStructural: 3 })
    expect(r.stated[0]).toEqual({
      topic: 'totals',
      item: 'total',
      code: null,
      name: '收、支总计',
      measure: 'amount',
      value: 1489.93,
      text: '1489.93',
      quote: '收、支总计1489.93万元',
      unit: '万元',
      source: { file: 'stated.csv', line: 4, section: '第三部分 一、收入支出决算总体情况说明' },
    })
    expect(r.stated[1]).toMatchObject({ measure: 'changePct', value: -20.4, unit: '%', text: '-20.4', quote: '降低20.4%' })
    expect(r.stated[2]).toMatchObject({ code: '2080501', value: 8.12 })
    expect(r.stated[3]).toMatchObject({ measure: 'grade', value: null, unit: '', text: '优秀', quote: '评价等级为“优秀”' })
  })
  it('reports a non-number in a numeric unit', () => {
    expect(r.problems).toEqual([expect.objectContaining({ code: 'amount.invalid', line: 9, column: 6, value: '约1' })])
  })
})

const DATA = fileURLToPath(new URL('../../../data/zhuzhou-xzsp-2024/', import.meta.url))
describe('the seed CSVs in data/', () => {
  it('import without errors or warnings, with the seed totals', () => {
    // the bundled seed must be there: a moved data/ fails here instead of skipping the test
    expect(existsSync(DATA)).toBe(true)
    expect(readdirSync(DATA).filter((n) => n.endsWith('.csv'))).toHaveLength(10)
    const files = readdirSync(DATA).map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(DATA + n)) }))
    const r = importFiles(files)
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([])
    expect(r.files.every((f) => !f.fatal && f.linesRead === f.rowsKept + f.rowsReported + f.rowsStructural)).toBe(true)
    expect(r.department).toBe('株洲市行政审批服务局')
    expect(r.year).toBe(2024)
    const kinds = r.tables.map((t) => t.kind).sort()
    expect(kinds).toEqual(['expenditure', 'fiscalSummary', 'govFund', 'gpbBasic', 'gpbExpenditure', 'income', 'stateCapital', 'summary', 'threePublic'])
    const exp = r.tables.find((t) => t.kind === 'expenditure')!
    expect(Math.round(exp.rows.find((x) => x.isTotal)!.values.basic! * 100)).toBe(64217)
    expect(r.stated.length).toBeGreaterThan(0)
  })
})
