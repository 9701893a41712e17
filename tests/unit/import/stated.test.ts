/**
 * 说明数据.csv: the importer is the one place where the printed 主题/条目/指标 become the typed keys of
 * model/vocabulary.ts. A row whose topic, item (for its topic) or measure is not in the vocabulary is one problem
 * naming file, physical line and column, and counts as reported.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importFiles, importText } from '../../../src/import'
import { renderText } from '../../../src/i18n/text'
import EN from '../../../src/i18n/catalogue/en'
import { isItemOf, isStatedItem, STATED_ITEMS, STATED_MEASURES, STATED_TOPICS } from '../../../src/model/vocabulary'
import { importFixture } from './helpers'

const SEED = fileURLToPath(new URL('../../../data/zhuzhou-xzsp-2024/说明数据.csv', import.meta.url))

describe('the seed’s 说明数据.csv', () => {
  const r = importFiles([{ name: '说明数据.csv', bytes: new Uint8Array(readFileSync(SEED)) }])
  const report = r.files[0]!

  it('reads every row with no problem: every topic, item and measure is in the vocabulary', () => {
    expect(r.problems).toEqual([])
    expect(report).toMatchObject({ recognisedAs: 'stated', rowsReported: 0, fatal: false })
    expect(report.rowsKept).toBe(r.stated.length)
    expect(report.linesRead).toBe(report.rowsKept + report.rowsReported + report.rowsStructural)
  })

  it('uses all fifteen topics', () => {
    expect(new Set(r.stated.map((f) => f.topic))).toEqual(new Set(STATED_TOPICS))
  })
})

describe('an unknown topic, item or measure', () => {
  const r = importFixture('stated-keys.csv')
  const report = r.files[0]!

  it('is one error per row, naming file, physical line and column; the row counts as reported', () => {
    expect(r.problems.map((p) => [p.code, p.severity, p.file, p.line, p.column, p.value])).toEqual([
      ['stated.topic', 'error', 'stated-keys.csv', 5, 1, 'total'],
      ['stated.item', 'error', 'stated-keys.csv', 6, 2, 'self'],
      ['stated.measure', 'error', 'stated-keys.csv', 7, 5, 'cost'],
      ['stated.item', 'error', 'stated-keys.csv', 11, 2, '2080501'],
    ])
    expect(report).toMatchObject({ linesRead: 11, rowsKept: 3, rowsReported: 4, rowsStructural: 4 })
    expect(r.stated.map((f) => [f.topic, f.item, f.measure])).toEqual([
      ['totals', 'total', 'amount'], ['budgetExecution', '2080501', 'budget'], ['reform', 'transfer1', 'out'],
    ])
  })

  it('says what was expected: the topic keys, the topic’s items (with its open families), the measure keys', () => {
    const [topic, item, measure, code] = r.problems
    expect(topic!.message).toBe('文件 stated-keys.csv 第 5 行第 1 列（主题）的“total”不是已知的主题键，该行未导入')
    expect(topic!.expected).toBe(`主题键之一：${STATED_TOPICS.join('、')}`)
    expect(item!.message).toBe('文件 stated-keys.csv 第 6 行第 2 列（条目）的“self”不是主题 performance 的条目，该行未导入')
    expect(item!.expected).toBe(`主题 performance 的条目之一：${STATED_ITEMS.performance.keys.join('、')}、p1、p2…`)
    expect(measure!.expected).toBe(`指标键之一：${STATED_MEASURES.join('、')}`)
    expect(code!.expected).toBe('主题 classStructure 的条目之一：类代码（3 位数字，如 201）')
    expect(renderText(item!.text, EN)).toBe(
      'File stated-keys.csv, line 6, column 2 (条目, the item): “self” is not an item of topic performance; the row was not imported',
    )
  })

  it('is found by the header’s names, wherever the column stands', () => {
    const csv = ['数值,单位,指标,条目,主题', '1,万元,amount,total,totalz', '2,万元,amount,total,totals'].join('\n')
    const s = importText('moved.csv', csv)
    expect(s.problems.map((p) => [p.code, p.line, p.column, p.value])).toEqual([['stated.topic', 2, 5, 'totalz']])
    expect(s.stated.map((f) => [f.topic, f.value])).toEqual([['totals', 2]])
    expect(s.files[0]).toMatchObject({ linesRead: 3, rowsKept: 1, rowsReported: 1, rowsStructural: 1 })
  })
})

describe('the vocabulary', () => {
  it('admits a topic’s fixed items and its open families, and nothing else', () => {
    expect(isStatedItem('budgetExecution', 'line1')).toBe(true)
    expect(isStatedItem('budgetExecution', '2080501')).toBe(true)
    expect(isStatedItem('budgetExecution', 'p1')).toBe(false)
    expect(isStatedItem('classStructure', '201')).toBe(true)
    expect(isStatedItem('classStructure', '20805')).toBe(false)
    expect(isStatedItem('threePublic', 'vehiclePurchase')).toBe(true)
    expect(isStatedItem('totals', 'overall')).toBe(false)
    expect(isItemOf('p', 'p12')).toBe(true)
    expect(isItemOf('p', 'p0')).toBe(false)
    expect(isItemOf('transfer', 'transfer')).toBe(false)
  })
})
