/**
 * Layout variants of the same real table read to the same figures: the real 表03 of putuo-guihua-2024 (one code
 * column) rewritten here into split 类/款/项 columns — with the 类 code repeated on every row or left blank, and the
 * 类/款/项 labels printed on the 合计 row — and with thousands separators. The reading must not change.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFiles, type InputFile } from '../../../src/import'
import type { RecognisedTable } from '../../../src/model/types'

const DIR = new URL('../../../data/putuo-guihua-2024/', import.meta.url)
const NAME = readdirSync(DIR).find((n) => n.startsWith('03_'))!
const ORIGINAL = readFileSync(new URL(NAME, DIR), 'utf8')

const asFile = (text: string): InputFile => ({ name: NAME, bytes: new TextEncoder().encode(text) })
const only = (text: string): RecognisedTable => {
  const r = importFiles([asFile(text)])
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
  return r.tables[0]!
}
const figures = (t: RecognisedTable) => t.rows.map((r) => [r.code, r.isTotal, r.values.total, r.values.basic, r.values.project])

/** Split the one code column into 类 | 款 | 项; `repeat` prints the 类 (and 款) code on every row. */
function split(text: string, repeat: boolean, labelsOnTotalRow: boolean): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const [first = '', ...rest] = line.split(',')
      if (/^\d{3,7}$/.test(first)) {
        const [cls, kuan, xiang] = [first.slice(0, 3), first.slice(3, 5), first.slice(5, 7)]
        const level = first.length === 3 ? 0 : first.length === 5 ? 1 : 2
        const parts = repeat ? [cls, kuan, xiang] : [level === 0 ? cls : '', level === 1 ? kuan : '', level === 2 ? xiang : '']
        return [...parts, ...rest].join(',')
      }
      if (first === '合计') return [...(labelsOnTotalRow ? ['类', '款', '项', '合计'] : ['合计', '', '', '']), ...rest.slice(1)].join(',')
      if (rest.length === 0) return line
      const row = [first, '', '', ...rest].join(',')
      // without labels on the 合计 row, they are a header row of their own under 功能分类科目编码
      return first === '功能分类科目编码' && !labelsOnTotalRow ? `${row}\r\n类,款,项${','.repeat(rest.length)}` : row
    })
    .join('\r\n')
}

describe('the same real table in other layouts', () => {
  const base = figures(only(ORIGINAL))

  it('reads the printed figures in one code column', () => {
    expect(base.length).toBeGreaterThan(20)
    expect(base[0]).toEqual([null, true, 9759.38, 5377.64, 4381.74])
  })

  it('split 类/款/项 columns, 类 repeated on every row, labels on the 合计 row', () => {
    const t = only(split(ORIGINAL, true, true))
    expect(figures(t)).toEqual(base)
    expect(t.rows.find((r) => r.code === '210')?.name).toBe('卫生健康支出')
  })

  it('split 类/款/项 columns under a 类/款/项 header row, 类 and 款 printed only where they change', () => {
    expect(figures(only(split(ORIGINAL, false, false)))).toEqual(base)
  })

  it('thousands separators in quoted cells', () => {
    const withSeparators = ORIGINAL.replace(/(^|,)(\d{1,3})(\d{3}\.\d{2})(?=,|$)/gm, '$1"$2,$3"')
    expect(withSeparators).toContain('"9,759.38"')
    expect(figures(only(withSeparators))).toEqual(base)
  })
})

describe('a table that must hold figures but has only its header', () => {
  it('is refused with that reason, not read as an empty table', () => {
    const headerOnly = ORIGINAL.split(/\r?\n/).slice(0, 4).join('\r\n')
    const r = importFiles([asFile(headerOnly)])
    expect(r.tables).toEqual([])
    expect(r.problems).toEqual([expect.objectContaining({ code: 'table.headerOnly', severity: 'error', file: NAME })])
    expect(r.files[0]).toMatchObject({ recognisedAs: 'expenditure', fatal: true })
  })
})

describe('a column read as amounts that holds text', () => {
  it('is one structure problem for the table, not one per row, and the table is not used', () => {
    // the 基本支出 column of the real table replaced by text on every data row
    const text = ORIGINAL.split(/\r?\n/)
      .map((l) => (/^(\d{3,7}|合计),/.test(l) ? l.split(',').map((c, i) => (i === 3 ? '见附表' : c)).join(',') : l))
      .join('\r\n')
    const r = importFiles([asFile(text)])
    expect(r.tables).toEqual([])
    const errors = r.problems.filter((p) => p.severity === 'error')
    expect(errors).toEqual([expect.objectContaining({ code: 'table.structure', column: 4, value: '见附表' })])
    expect(r.files[0]!.linesRead).toBe(r.files[0]!.rowsKept + r.files[0]!.rowsReported + r.files[0]!.rowsStructural)
  })
})
