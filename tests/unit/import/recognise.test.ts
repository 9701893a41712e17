import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/import/csv'
import { kindFromTitle, recognise } from '../../../src/import/recognise'
import type { TableKind } from '../../../src/model/types'

const rec = (text: string) => recognise(parseCsv(text, 't.csv').rows)

describe('kindFromTitle', () => {
  it.each<[string, TableKind]>([
    ['收入支出决算总表', 'summary'],
    ['收入决算表', 'income'],
    ['支出决算表', 'expenditure'],
    ['财政拨款收入支出决算总表', 'fiscalSummary'],
    ['一般公共预算财政拨款支出决算表', 'gpbExpenditure'],
    ['一般公共预算财政拨款基本支出决算表', 'gpbBasic'],
    ['一般公共预算财政拨款基本支出决算明细表', 'gpbBasic'],
    ['一般公共预算财政拨款基本支出决算（明细）表', 'gpbBasic'],
    ['[bookmark: RANGE!A1:I34]一般公共预算财政拨款基本支出决算明细表', 'gpbBasic'],
    ['政府性基金预算财政拨款收入支出决算表', 'govFund'],
    ['国有资本经营预算财政拨款支出决算表', 'stateCapital'],
    ['国有资本经营预算财政拨款收入支出决算表', 'stateCapital'],
    ['财政拨款“三公”经费支出决算表', 'threePublic'],
    ['财政拨款"三公"经费支出决算表', 'threePublic'],
    ['财政拨款「三公」经费支出决算表', 'threePublic'],
    ['财政拨款三公经费支出决算表', 'threePublic'],
    ['株洲市行政审批服务局2024年度支出决算表', 'expenditure'],
    [' 财政拨款收入支出决算总表 ', 'fiscalSummary'],
    ['财政拨款收入支出决算表', 'fiscalSummary'],
    ['部门收入支出决算表', 'summary'],
    ['“三公”经费财政拨款支出决算表', 'threePublic'],
  ])('%s → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind)
  })

  it('returns null for text that is no table title', () => {
    expect(kindFromTitle('2024年度部门决算情况说明')).toBeNull()
    expect(kindFromTitle('注：本表反映部门本年度一般公共预算财政拨款支出情况。')).toBeNull()
  })
})

describe('recognise', () => {
  it('uses the title, not the position or the file name', () => {
    const r = rec(',,公开05表\n一般公共预算财政拨款支出决算表,,\n科目代码,科目名称,合计\n')
    expect(r).toMatchObject({ kind: 'gpbExpenditure', by: 'title', titleRow: 1 })
  })

  it('falls back to header text without a title row', () => {
    expect(rec('科目代码,科目名称,本年收入合计,财政拨款收入\n201,x,1,1\n')?.kind).toBe('income')
    expect(rec('科目代码,科目名称,本年支出合计,基本支出,项目支出,上缴上级支出\n')?.kind).toBe('expenditure')
    expect(rec('预算数,,决算数,\n合计,因公出国（境）费,合计,因公出国（境）费\n')?.kind).toBe('threePublic')
    expect(rec('人员经费,,,公用经费,,\n科目代码,科目名称,决算数,科目代码,科目名称,决算数\n')?.kind).toBe('gpbBasic')
    expect(rec('经济分类科目编码,科目名称,合计\n')?.kind).toBe('gpbBasic')
    expect(rec('科目代码,科目名称,年初结转和结余,本年收入,本年支出,年末结转和结余\n')?.kind).toBe('govFund')
  })

  it('tells 01 from 04 by their rows when both lack a title', () => {
    const s01 = '项目,金额,项目,金额\n一、一般公共预算财政拨款收入,1,一、一般公共服务支出,1\n四、上级补助收入,,二、外交支出,\n本年收入合计,1,本年支出合计,1\n总计,1,总计,1\n'
    const s04 = '项目,金额,项目,合计,一般公共预算财政拨款\n一、一般公共预算财政拨款,1,一、一般公共服务支出,1,1\n年初财政拨款结转和结余,0,年末财政拨款结转和结余,,\n总计,1,总计,1,1\n'
    expect(rec(s01)?.kind).toBe('summary')
    expect(rec(s04)?.kind).toBe('fiscalSummary')
  })

  it('flags 05 vs 08 as ambiguous from the header alone', () => {
    expect(rec('科目代码,科目名称,合计,基本支出,项目支出\n')).toMatchObject({ kind: 'gpbExpenditure', ambiguous: true })
  })

  it('recognises the stated-figures header', () => {
    expect(rec('标题,,,,,,,,\n主题,条目,科目代码,名称,指标,数值,单位,原文,出处\n')?.kind).toBe('stated')
  })

  it('does not take a note for a title', () => {
    expect(rec('注：本表反映支出决算表的情况,,\n科目代码,科目名称,合计\n')).toBeNull()
  })
})
