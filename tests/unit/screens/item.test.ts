/**
 * The item page's view model over the seed report. 2080505 机关事业单位基本养老保险缴费支出, as the report prints it
 * (source text line 1332: “年初预算为62.98万元，支出决算为47.33万元，完成年初预算的75.15%”; 公开03表 line 15: 47.33,
 * basic 47.33, project blank; 20805 = 8.00 + 47.33 + 23.66 = 78.99; 合计 1,489.93).
 */
import { describe, expect, it } from 'vitest'
import { runAudit } from '@/audit'
import { buildTree, expenditureTable } from '@/model/tree'
import type { Dataset } from '@/model/types'
import { childrenSpec, itemIndexSpec, itemView, placesSpec } from '@/views/item/item'
import { priorLineAmount } from '@/model/priorYear'
import { seed } from './seed'

const tree = () => buildTree(expenditureTable(seed())!)
const findings = runAudit([seed()]).findings
const view = (code: string, all: Dataset[] = [seed()]) => itemView({ ds: seed(), tree: tree(), code, findings, all })

describe('item page', () => {
  it('2080505: this year with its split, 年初预算 and completion, shares of the parent and the total', () => {
    const v = view('2080505')!
    expect(v).toMatchObject({ code: '2080505', name: '机关事业单位基本养老保险缴费支出', level: 'item', printed: true, total: 47.33, basic: 47.33, project: null })
    expect(v.crumbs.map((c) => c.code)).toEqual(['208', '20805', '2080505'])
    expect(v.budget).toMatchObject({ budget: 62.98, actual: 47.33, statedRate: 75.15 })
    expect(v.budget!.rate).toBe(75.15) // 47.33 ÷ 62.98 = 0.751508…
    expect(v.shareOfParent).toBe(59.92) // 47.33 ÷ 78.99 = 0.599190…
    expect(v.shareOfTotal).toBe(3.18) // 47.33 ÷ 1489.93 = 0.031766…
  })
  it('says where each figure was printed: the three code tables and the report section with its quote', () => {
    const v = view('2080505')!
    expect(v.printedIn.map((p) => `${p.table}:${p.ref.line}:${p.value}`)).toEqual(['公开02表:15:47.33', '公开03表:15:47.33', '公开05表:15:47.33'])
    const budget = v.stated.find((f) => f.measure === 'budget')!
    expect(budget.quote).toBe('年初预算为62.98万元')
    expect(budget.source.section).toBe('第三部分 五（三）第3项')
    expect(v.reasons).toHaveLength(1)
    expect(v.reasons[0]!.text).toMatch(/^全市机构改革后/)
    const spec = placesSpec(v, { figure: 'f', value: 'v', where: 'w', file: 'file', prior: 'p', measure: (m) => m, amount: (x) => String(x) })
    expect(spec.rows).toContainEqual({ figure: 'budget', value: '62.98', where: '“年初预算为62.98万元”（第三部分 五（三）第3项）', file: '说明数据.csv:43' })
    expect(spec.rows[1]).toMatchObject({ where: '公开03表 2080505 机关事业单位基本养老保险缴费支出', file: '03_支出决算表.csv:15:3' })
  })
  it('lists the findings about the line: R01 flags 75.15 % below 80 %', () => {
    expect(view('2080505')!.findings.map((f) => f.rule)).toEqual(['R01-COMPLETION'])
    // 2010301 行政运行: 五（三）第1项 prints the class total 1,311.99 for it
    expect(view('2010301')!.findings.map((f) => f.rule)).toContain('S05-EXEC-ACTUAL')
  })
  it('a 款 summed from its 项 (not printed), with its children and their shares; no 年初预算 stated for it', () => {
    const v = view('20805')!
    expect(v).toMatchObject({ level: 'section', printed: false, total: 78.99, budget: null })
    expect(v.shareOfParent).toBe(100) // 208 has this one 款
    const rows = childrenSpec(v, { code: 'c', name: 'n', total: 't', share: 's' }).rows
    expect(rows.map((r) => [r.code, r.total, r.share, r.item])).toEqual([
      ['2080501', 8, 10.13, '2080501'], ['2080505', 47.33, 59.92, '2080505'], ['2080506', 23.66, 29.95, '2080506'],
    ])
  })
  it('last year: a loaded report of the department first, else none stated for the line', () => {
    expect(view('2080505')!.prior).toMatchObject({ year: 2023, value: null, provenance: null })
    // a made-up 2023 report of the same department whose 03 prints 2080505 = 50.00
    const t = expenditureTable(seed())!
    const rows = t.rows.map((r) => (r.code === '2080505' ? { ...r, values: { ...r.values, total: 50 } } : r))
    const prev: Dataset = { ...seed(), meta: { ...seed().meta, id: 'prev', year: 2023 }, tables: { ...seed().tables, expenditure: { ...t, rows } } }
    const p = priorLineAmount(seed(), [seed(), prev], '2080505')
    expect(p).toMatchObject({ year: 2023, value: 50, provenance: 'loaded', datasetIds: ['prev'] })
    const v = view('2080505', [seed(), prev])!
    expect(v.change).toBe(-2.67)
    expect(v.changePct).toBe(-5.34)
  })
  it('an unknown code has no page; the index lists every 类/款/项 with a link', () => {
    expect(view('2999999')).toBeNull()
    const idx = itemIndexSpec(tree(), { code: 'c', name: 'n', level: 'l', levelName: (l) => l, total: 't', basic: 'b', project: 'p' })
    // 4 classes, their printed or summed 款, and the 13 printed 项
    expect(idx.rows.filter((r) => r.level === 'item')).toHaveLength(13)
    expect(idx.rows.filter((r) => r.level === 'class').map((r) => r.code)).toEqual(['201', '208', '210', '221'])
    expect(idx.rows.every((r) => r.item === r.code)).toBe(true)
  })
})
