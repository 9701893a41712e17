/**
 * 机构改革划转 and the 同比变化 bridge are built from whatever transfers the data lists: the seed's figures against its
 * 说明数据.csv and the printed report, a report without reform figures, and a made-up department with other names.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileMessages, type MessageFn } from '@/i18n/compile'
import zh from '@/i18n/zh'
import en from '@/i18n/en'
import type { Dataset } from '@/model/types'
import { reformTransfers } from '@/model/narrative/reform'
import { reformLinks, transferNotes } from '@/views/reform/reform'
import { bridgeSteps, reformBridge, type BridgeLabels } from '@/views/yoy/yoy'
import { seed } from './seed'
import { madeUp } from './made-up'

/** `t` over the shipped messages, as vue-i18n calls the compiled functions. */
function translator(messages: object) {
  const compiled = compileMessages(messages) as unknown as Record<string, unknown>
  return (key: string, params: Record<string, string | number> = {}) => {
    const fn = key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], compiled) as MessageFn | undefined
    if (typeof fn !== 'function') throw new Error(`no message ${key}`)
    return fn({ named: (k) => params[k] })
  }
}
const tZh = translator(zh)
const tEn = translator(en)
const amount = (n: number) => `${n.toFixed(2)} 万元`

function labels(t: ReturnType<typeof translator>, ds: Dataset, names: string[]): BridgeLabels {
  const year = ds.meta.year
  return {
    prior: t('yoy.prior', { year: year - 1 }), moved: t('yoy.moved'), rest: t('yoy.rest'), change: t('yoy.change'), current: String(year),
    movedNote: t('yoy.movedNote', { names: names.map((name) => t('yoy.quoted', { name })).join(t('yoy.listSep')), year, prior: year - 1 }),
    restNote: t('yoy.restNote'),
  }
}

/** reform rows of the seed's 说明数据.csv, read here without the importer: [item, 名称, measure, 数值]. */
function seedReformRows(): string[][] {
  const text = readFileSync('data/zhuzhou-xzsp-2024/说明数据.csv', 'utf8')
  return text.split(/\r?\n/).filter((l) => l.startsWith('reform,')).map((l) => { const c = l.split(','); return [c[1]!, c[3]!, c[4]!, c[5]!] })
}

describe('seed: every reform figure the screens show, against the data and the report', () => {
  const r = reformTransfers(seed())
  it('transfers in the order listed, names and amounts as in 说明数据.csv', () => {
    const rows = seedReformRows().filter(([item]) => /^transfer\d+$/.test(item!))
    expect(r.transfers.map((x) => x.id)).toEqual([...new Set(rows.map(([item]) => item))])
    for (const [item, name, measure, value] of rows) {
      const x = r.transfers.find((t) => t.id === item)!
      expect(x.name).toBe(name)
      expect(x[measure as 'out' | 'in' | 'keptOther']).toBe(Number(value))
    }
  })
  it('moved out to 市数据局: 36.41 (运行经费, 第三部分 九), 104.75 and 44.11 (十三（二）二); 185.27 in all', () => {
    expect(r.moved.map((m) => [m.value, m.to])).toEqual([[36.41, '市数据局'], [104.75, '市数据局'], [44.11, '市数据局']])
    expect(r.movedTotal).toBe(185.27)
    expect(reformLinks(r, '?').map((l) => [l.source, l.value])).toEqual([
      ['株洲市行政审批服务局', 36.41], [r.moved[0]!.name, 36.41], ['株洲市行政审批服务局', 104.75], [r.moved[1]!.name, 104.75],
      ['株洲市行政审批服务局', 44.11], [r.moved[2]!.name, 44.11],
    ])
  })
  it('the line lease: 189.35 moved in, 4.65 left with 市数据局, worded from the data and the dataset year', () => {
    expect(transferNotes(r, tZh, amount)).toEqual(['株洲市电子政务外网线路租赁：2024年实际划入本单位 189.35 万元，其余 4.65 万元 留用于市数据局。'])
    expect(transferNotes(r, tEn, amount)).toEqual(['株洲市电子政务外网线路租赁: 189.35 万元 actually moved in to this unit in 2024; the remaining 4.65 万元 stayed with 市数据局.'])
  })
  it('25 staff (22 + 3), one 二级机构 moved out, one 科室 no longer kept', () => {
    expect(r.staff).toEqual({ total: 25, shiye: 22, xingzheng: 3 })
    expect(r.units).toEqual([{ id: 'unit1', name: '株洲市智慧城市发展中心', direction: 'out' }])
    expect(r.sections).toEqual([{ id: 'section1', name: '电子政务和数据资源科', direction: 'dropped' }])
    expect(r.present).toBe(true)
  })
  it('yoy: 1,871.65 → 1,489.93 split into −185.27 moved out and −196.45 comparable; the note names the three transfers', () => {
    const b = reformBridge(seed())
    const steps = bridgeSteps(b, labels(tZh, seed(), b.movedNames))
    expect(steps.map((s) => [s.id, s.value])).toEqual([['prior', 1871.65], ['moved', -185.27], ['rest', -196.45], ['current', 1489.93]])
    const note = steps.find((s) => s.id === 'moved')!.note!
    for (const m of r.moved) expect(note).toContain(`“${m.name}”`)
    expect(note).toContain('2024年划出')
    expect(note).toContain('2023年决算')
    expect(b.figures.map((f) => f.source.section)).toContain('第三部分 九、关于机关运行经费支出说明')
  })
})

describe('a report without reform figures', () => {
  const base = seed()
  const ds: Dataset = { ...base, stated: base.stated.filter((f) => f.topic !== 'reform') }
  it('the reform screen has nothing to show: not present, no transfers, no projects', () => {
    const r = reformTransfers(ds)
    expect([r.present, r.transfers, r.moved, r.movedTotal, r.units, r.sections, r.projects]).toEqual([false, [], [], null, [], [], []])
  })
  it('the waterfall has no moved step: prior → change → current', () => {
    const b = reformBridge(ds)
    expect([b.moved, b.movedNames, b.rest]).toEqual([null, [], null])
    const steps = bridgeSteps(b, labels(tZh, ds, b.movedNames))
    expect(steps.map((s) => [s.id, s.name, s.value])).toEqual([['prior', '2023年', 1871.65], ['change', '本年变化', -381.72], ['current', '2024', 1489.93]])
  })
})


describe('a made-up department with two transfers of other names', () => {
  const { result, dataset: ds } = madeUp()
  const r = reformTransfers(ds)
  it('imports cleanly', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  })
  it('reads both transfers with their own names, directions and counterparts', () => {
    expect(r.transfers).toEqual([
      { id: 'transfer1', name: '广播电视维护专项', counterpart: '县融媒体中心', out: 30.2, in: null, keptHere: null, keptOther: null },
      { id: 'transfer2', name: '非遗传承补助', counterpart: '县文化馆', out: null, in: 12.5, keptHere: null, keptOther: 1.25 },
    ])
    expect(r.moved).toEqual([{ id: 'transfer1', name: '广播电视维护专项', to: '县融媒体中心', value: 30.2 }])
    expect([r.movedTotal, r.receiver, r.staff.total]).toEqual([30.2, '县融媒体中心', 4])
    expect(r.units).toEqual([{ id: 'unit1', name: '县非遗保护中心', direction: 'in' }])
    expect(r.sections).toEqual([{ id: 'section1', name: '宣传科', direction: 'out' }])
    expect(r.projects.map((p) => p.id)).toEqual(['p1'])
    expect(reformLinks(r, '?')).toEqual([
      { source: '某县文化和旅游局', target: '广播电视维护专项', value: 30.2 },
      { source: '广播电视维护专项', target: '县融媒体中心', value: 30.2 },
    ])
  })
  it('notes and the bridge carry its names and its year, nothing of the seed', () => {
    const notes = transferNotes(r, tZh, amount)
    expect(notes).toEqual(['非遗传承补助：2031年实际划入本单位 12.50 万元，其余 1.25 万元 留用于县文化馆。'])
    const b = reformBridge(ds)
    const steps = bridgeSteps(b, labels(tZh, ds, b.movedNames))
    expect(steps.map((s) => [s.id, s.value])).toEqual([['prior', 850.5], ['moved', -30.2], ['rest', -20.3], ['current', 800]])
    const text = [...notes, ...steps.flatMap((s) => [s.name, s.note ?? '']), ...transferNotes(r, tEn, amount)].join('\n')
    expect(text).toContain('“广播电视维护专项”')
    expect(text).toContain('2031年划出')
    expect(text).toContain('2030年决算')
    expect(text).not.toMatch(/株洲|市数据局|线路租赁|安全服务|行政审批|电子政务|2024|2023/)
  })
})

describe('messages name no department, project or year', () => {
  for (const [lang, messages] of [['zh', zh], ['en', en]] as const) {
    it(lang, () => {
      const all = JSON.stringify(messages)
      expect(all).not.toMatch(/株洲|市数据局|数据局|线路租赁|安全服务|行政审批|电子政务|智慧城市|data bureau|line lease|security service/i)
      expect(all).not.toMatch(/(19|20)\d\d/)
    })
  }
})
