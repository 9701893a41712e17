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
import { isItemOf, isStatedItem, isStatedMeasure, STATED_ITEMS, STATED_MEASURES, STATED_TOPICS } from '../../../src/model/vocabulary'
import { importFixture } from './helpers'

/** How an expectation shows the report's own keys (zh). */
const OWN = '报告自有的键 x.<标识符>（英文字母开头，仅字母和数字；照录显示，不作解读）'

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
    expect(item!.expected).toBe(`主题 performance 的条目之一：${STATED_ITEMS.performance.keys.join('、')}、p1、p2…、${OWN}`)
    expect(measure!.expected).toBe(`指标键之一：${STATED_MEASURES.join('、')}、${OWN}`)
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

describe('a key of the report’s own (x.<identifier>)', () => {
  const HEAD = ['主题,条目,科目代码,名称,指标,数值,单位,原文,出处']
  const row = (item: string, measure: string, value = '4', unit = '次') => `performance,${item},,某项成效,${measure},${value},${unit},原文${value}${unit},自评报告 六（一）1`

  it('is accepted as a performance item and as a measure (also on a project); the figure is kept as printed', () => {
    const csv = [...HEAD, row('x.oneThing', 'x.meetings'), row('x.b2', 'x.rateOnline', '46.85', '%'), row('p5', 'x.parcels', '11.26', '万件'), row('x.c', 'x.note', '70多个', '')].join('\n')
    const s = importText('own.csv', csv)
    expect(s.problems).toEqual([])
    expect(s.stated.map((f) => [f.topic, f.item, f.measure, f.name, f.value, f.text, f.unit, f.quote])).toEqual([
      ['performance', 'x.oneThing', 'x.meetings', '某项成效', 4, '4', '次', '原文4次'],
      ['performance', 'x.b2', 'x.rateOnline', '某项成效', 46.85, '46.85', '%', '原文46.85%'],
      ['performance', 'p5', 'x.parcels', '某项成效', 11.26, '11.26', '万件', '原文11.26万件'],
      ['performance', 'x.c', 'x.note', '某项成效', null, '70多个', '', '原文70多个'],
    ])
  })

  it('is the only open spelling: a bare unknown key, a malformed x. key, or an x. item outside performance is still one error naming file, line and column', () => {
    const csv = [
      ...HEAD,
      row('oneThing', 'x.meetings'), // line 2: a bare achievement item
      row('x.oneThing', 'meetings'), // line 3: a bare achievement measure
      row('x.', 'x.meetings'), // line 4: no identifier
      row('x.oneThing', 'x.1st'), // line 5: the identifier starts with a digit
      row('x.one-thing', 'x.meetings'), // line 6: not letters or digits
      'totals,x.total,,收、支总计,amount,1,万元,1万元,第三部分 一', // line 7: the family is performance's only
      row('x.oneThing', 'y.meetings'), // line 8: another prefix
    ].join('\n')
    const s = importText('own.csv', csv)
    expect(s.problems.map((p) => [p.code, p.file, p.line, p.column, p.value])).toEqual([
      ['stated.item', 'own.csv', 2, 2, 'oneThing'],
      ['stated.measure', 'own.csv', 3, 5, 'meetings'],
      ['stated.item', 'own.csv', 4, 2, 'x.'],
      ['stated.measure', 'own.csv', 5, 5, 'x.1st'],
      ['stated.item', 'own.csv', 6, 2, 'x.one-thing'],
      ['stated.item', 'own.csv', 7, 2, 'x.total'],
      ['stated.measure', 'own.csv', 8, 5, 'y.meetings'],
    ])
    expect(s.stated).toEqual([])
    expect(s.files[0]).toMatchObject({ linesRead: 8, rowsKept: 0, rowsReported: 7, rowsStructural: 1 })
    expect(renderText(s.problems[1]!.expectedText, EN)).toBe(
      `one of the measure keys: ${STATED_MEASURES.join(', ')}, a key of the report’s own, x.<identifier> (a letter, then letters or digits; shown as printed, never interpreted)`,
    )
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
    expect(isStatedItem('performance', 'x.oneThing')).toBe(true)
    expect(isStatedItem('performance', 'oneThing')).toBe(false)
    expect(isStatedItem('totals', 'x.total')).toBe(false)
    expect(isItemOf('x', 'x.a1')).toBe(true)
    expect(isItemOf('x', 'x.1a')).toBe(false)
    expect(isStatedMeasure('x.meetings')).toBe(true)
    expect(isStatedMeasure('meetings')).toBe(false)
    expect(isStatedMeasure('x.')).toBe(false)
  })
})
