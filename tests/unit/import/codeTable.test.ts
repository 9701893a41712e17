import { describe, expect, it } from 'vitest'
import { importText } from '../../../src/import'
import { cents, importFixture, onlyTable, readFixture, readText, rowByCode } from './helpers'

describe('Zhuzhou-style code tables (seed 公开02/03/05)', () => {
  it('03: marker, department, unit, measure keys and the seed figures', () => {
    const r = importFixture('zz-03-expenditure.csv')
    const t = onlyTable(r, 'expenditure')
    expect(t).toMatchObject({ marker: '公开03表', department: '株洲市行政审批服务局', unit: '万元', precision: 2, empty: false })
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'toUpper', 'operating', 'toAffiliated'])
    expect(t.columns[1]).toEqual({ key: 'basic', header: '基本支出', column: 4 })
    const total = t.rows[0]!
    expect(total).toMatchObject({ isTotal: true, code: null, name: '合计', line: 9 })
    expect([cents(total.values.total), cents(total.values.basic), cents(total.values.project)]).toEqual([148993, 64217, 84776])
    expect(total.values.toUpper).toBeNull()
    expect(t.rows.filter((x) => !x.isTotal)).toHaveLength(13)
    const r2010202 = rowByCode(t, '2010202')
    expect(r2010202).toMatchObject({ name: '一般行政管理事务', line: 11, isTotal: false })
    expect(r2010202.values.basic).toBeNull()
    expect(cents(r2010202.values.project)).toBe(73789)
    expect(cents(rowByCode(t, '2210201').values.total)).toBe(4139)
    expect(t.notes).toEqual(['注：本表反映部门本年度各项支出情况。'])
    expect(r.problems).toEqual([])
  })

  it('02: income measure keys', () => {
    const t = onlyTable(importFixture('zz-02-income.csv'), 'income')
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'fiscal', 'upperSubsidy', 'business', 'operating', 'affiliated', 'other'])
    expect(cents(rowByCode(t, '2080505').values.fiscal)).toBe(4733)
  })

  it('05: two-row header 本年支出/小计, marker in the 部门 cell, unit on its own line', () => {
    const t = onlyTable(readFixture('zz-05-gpb-expenditure.csv'), 'gpbExpenditure')
    expect(t.columns.map((c) => [c.key, c.header])).toEqual([
      ['total', '本年支出/小计'],
      ['basic', '本年支出/基本支出'],
      ['project', '本年支出/项目支出'],
    ])
    expect(t.marker).toBe('公开05表')
    expect(t.department).toBe('株洲市行政审批服务局')
    expect(cents(rowByCode(t, '2101199').values.basic)).toBe(2702)
  })
})

describe('code cells', () => {
  const head = '支出决算表\n单位：万元\n'
  it('joins split 类/款/项 columns and keeps 类 and 款 rows at their level', () => {
    const text = head + '类,款,项,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n201,,,一般公共服务支出,10.00,,,\n201,06,,财政事务,10.00,,,\n201,06,01,行政运行,10.00,10.00,,\n'
    const t = onlyTable(importText('s.csv', text))
    expect(t.rows.map((r) => r.code)).toEqual(['201', '20106', '2010601'])
  })

  it('inherits a blank 类/款 from the row above', () => {
    const text = head + '类,款,项,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n201,,,一般公共服务支出,3.00,,,\n,03,,政府办公厅,3.00,,,\n,,01,行政运行,2.00,,,\n,,02,一般行政管理事务,1.00,,,\n208,05,01,行政单位离退休,8.00,,,\n'
    expect(onlyTable(readText('s.csv', text)).rows.map((r) => r.code)).toEqual(['201', '20103', '2010301', '2010302', '2080501'])
  })

  it('accepts codes with spaces, ="…" and leading apostrophes', () => {
    const text = head + '科目代码,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n201 06 01,a,1,,,\n="2010602",b,1,,,\n\'2010603,c,1,,,\n'
    expect(onlyTable(readText('s.csv', text)).rows.map((r) => r.code)).toEqual(['2010601', '2010602', '2010603'])
  })

  it('reports an invalid code with its column', () => {
    const r = importText('s.csv', head + '科目代码,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n20106X1,a,1,,,\n2010601,b,1,,,\n')
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'code.invalid', line: 4, column: 1, value: '20106X1' }))
    expect(onlyTable(r).rows.map((x) => x.code)).toEqual(['2010601'])
    expect(r.files[0]).toMatchObject({ rowsKept: 1, rowsReported: 1 })
  })

  it('reads a code printed in front of the name when there is no code column', () => {
    const text = '一般公共预算财政拨款支出决算表\n项目,合计,基本支出,项目支出\n合计,5.00,5.00,\n2010201 行政运行,5.00,5.00,\n'
    const t = onlyTable(importText('s.csv', text))
    expect(t.rows.map((r) => [r.code, r.name, r.isTotal])).toEqual([
      [null, '合计', true],
      ['2010201', '行政运行', false],
    ])
  })

  it('marks code-less rows with a name and amounts as totals', () => {
    const text = head + '科目代码,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n,总计,9.00,,,\n2010601,b,9.00,,,\n'
    expect(onlyTable(importText('s.csv', text)).rows[0]).toMatchObject({ isTotal: true, name: '总计' })
  })
})

describe('amounts and units in code tables', () => {
  it('converts 元 to 万元 with precision 6 and reads codes with spaces (no title: header decides)', () => {
    const r = importFixture('other-02-income-yuan-no-title.csv')
    const t = onlyTable(r, 'income')
    expect(t).toMatchObject({ unit: '元', precision: 6, title: '' })
    expect(t.rows[0]!.values.total).toBe(1489.93)
    expect(rowByCode(t, '2010201').values.fiscal).toBe(161.28)
    expect(rowByCode(t, '2210201').values.total).toBe(41.39)
  })

  it('reads the year from the title or from a subtitle line', () => {
    const body = '科目代码,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n2010601,b,9.00,,,\n'
    expect(importText('y.csv', '某局2023年度支出决算表\n' + body).year).toBe(2023)
    expect(importText('y.csv', '支出决算表\n（2022年度）\n' + body).year).toBe(2022)
    expect(importText('y.csv', '支出决算表\n' + body).year).toBeNull()
  })

  it('defaults to 万元 with an info problem when no unit line is printed', () => {
    const r = importText('n.csv', '支出决算表\n科目代码,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n2010601,b,9.00,,,\n')
    expect(onlyTable(r).unit).toBe('万元')
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'info', code: 'unit.missing' }))
  })

  it('reports bad amounts with file, line, column, value and expectation, and keeps the good rows', () => {
    const r = importFixture('bad-amounts.csv')
    const bad = r.problems.filter((p) => p.code === 'amount.invalid')
    expect(bad.map((p) => [p.line, p.column, p.value])).toEqual([
      [6, 3, '约100'],
      [7, 3, '1.2.3'],
      [9, 3, '12a'],
      [9, 5, '1,2,3.4.5'],
    ])
    expect(bad[0]).toMatchObject({ severity: 'error', file: 'bad-amounts.csv' })
    expect(bad[0]!.expected).toContain('金额')
    const t = onlyTable(r)
    expect(t.rows.map((x) => x.code)).toEqual([null, '2010301', '2080501'])
    expect(r.files[0]).toMatchObject({ rowsKept: 3, rowsReported: 3 })
    // "—", "-", "／" are no figure; "(8.00)", "－8.00" negative; "０.００" zero
    expect(rowByCode(t, '2010301').values).toMatchObject({ project: null, toUpper: null, operating: null })
    const neg = rowByCode(t, '2080501').values
    expect([cents(neg.total), cents(neg.basic), neg.project]).toEqual([-800, -800, 0])
  })

  it('reports short rows and long rows with non-empty extra cells; empty extras are fine', () => {
    const r = importFixture('short-long-rows.csv')
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['row.short', 5, 4],
      ['row.long', 6, 7],
      ['row.long', 8, 6],
    ])
    expect(onlyTable(r).rows.map((x) => x.code)).toEqual(['2010201', '2010302'])
  })

  it('keeps physical line numbers right after a multi-line quoted name', () => {
    const r = importFixture('multiline-cell.csv')
    const t = onlyTable(r)
    expect(t.rows.map((x) => [x.code, x.line])).toEqual([
      ['2010201', 4],
      ['2010202', 7],
      ['2210201', 9],
    ])
    expect(t.rows[0]!.name).toBe('行政\n运行（跨行\n名称）')
    expect(r.problems).toEqual([expect.objectContaining({ code: 'amount.invalid', line: 8, column: 3, value: '302.9五' })])
  })

  it('keeps markup, formulas and @/+ prefixes in names as plain text', () => {
    const t = onlyTable(importFixture('markup-names.csv'))
    expect(t.rows.map((x) => x.name)).toEqual([
      '<img src=x onerror=alert(1)>行政运行',
      '=HYPERLINK("http://example.com","一般行政管理事务")',
      '@SUM(1+1)',
      '+1住房公积金',
    ])
    expect(cents(rowByCode(t, '2010202').values.total)).toBe(73789)
  })
})
