/**
 * A finding lands on its row: the pure finding → (screen, level, row key, code) mapping and the places said as the
 * report has them. Expectations are read off the seed report (data/zhuzhou-xzsp-2024, source text
 * /work/shared/seed/000_4d7cf89fcda6ae68.txt), not off the code's output.
 */
import { describe, expect, it } from 'vitest'
import { runAudit, type Finding } from '@/audit'
import { findingTarget, parentPath, rowAt, statedAt } from '@/audit/target'
import { placeOf, placesOf, placeText } from '@/audit/place'
import { toQuery, parseView } from '@/router/viewState'
import { seed } from '../screens/seed'

let cached: Finding[] | null = null
const findings = () => (cached ??= runAudit([seed()]).findings.filter((f) => f.datasetId === seed().meta.id))
const one = (rule: string, pred: (f: Finding) => boolean = () => true) => {
  const hit = findings().filter((f) => f.rule === rule && pred(f))
  expect(hit, rule).toHaveLength(1)
  return hit[0]!
}
const made = (screen: Finding['screen'], where: Finding['where'] = []): Finding => ({
  rule: 'X', severity: 'warning', family: 'across', class: 'mismatch', message: 'm', expected: 1, actual: 2, difference: 1, unit: '万元',
  where, datasetId: 'd', screen,
} as Finding)

describe('finding → target', () => {
  it('gives every finding of the seed a screen and a row or figure to mark', () => {
    const all = findings()
    expect(all.length).toBeGreaterThan(40)
    for (const f of all) expect(findingTarget(f, seed()).focus, `${f.rule} ${f.message}`).not.toBeNull()
  })
  it('a 五（三） line lands on its budget line; the completion flag names the 项 for its item page', () => {
    // 第3项: 47.33 ÷ 62.98 = 75.15 % < 80 %
    const r01 = one('R01-COMPLETION', (f) => f.screen.code === '2080505')
    expect(findingTarget(r01, seed())).toEqual({ screen: 'budget', path: [], focus: '2080505', code: '2080505' })
    // 第1项 has no code in the report; its line is 'line1' and the rule places its name at 2010301 行政运行
    expect(findingTarget(one('S05-EXEC-ACTUAL'), seed())).toEqual({ screen: 'budget', path: [], focus: 'line1', code: '2010301' })
    // 年初预算 1755.88 vs the lines' sum: the screen's 年初预算 figure
    expect(findingTarget(one('S06-BUDGET-TOTAL'), seed()).focus).toBe('total')
  })
  it('三公 parts, projects, indicators and shares land on their own rows', () => {
    expect(findingTarget(one('X09-THREE-PUBLIC-STATED', (f) => f.screen.item === 'vehicleOperation'), seed()).focus).toBe('vehicleOperation')
    expect(findingTarget(one('S07-PROJECT-RATE', (f) => f.screen.item === 'p4'), seed())).toMatchObject({ screen: 'performance', focus: 'p4' })
    // 产出指标（50分）vs 20 + 5 + 10 + 5: the group has no row of its own; its first indicator is 年度重点工作目标 (i1)
    expect(findingTarget(one('S10-INDICATORS'), seed())).toMatchObject({ screen: 'performance', focus: 'i1' })
    expect(findingTarget(one('S02-SHARE', (f) => f.screen.screen === 'procurement'), seed())).toMatchObject({ focus: 'sme' })
    // “占一般公共预算项目支出总额的56.9%” concerns the projects' sum, 1,535.92 by income nature the full-year budget
    expect(findingTarget(one('S02-SHARE', (f) => f.screen.screen === 'performance'), seed()).focus).toBe('projects')
    expect(findingTarget(one('T07-STATED-PARTS', (f) => f.screen.screen === 'performance'), seed()).focus).toBe('overall')
  })
  it('table totals land on the figure that shows them; stated changes of the totals on the year-over-year series', () => {
    const t03 = findings().filter((f) => f.rule === 'T03-SUM-TOTAL')
    expect(t03.map((f) => findingTarget(f, seed()).focus).sort()).toEqual(['income', 'income', 'total', 'total', 'total', 'total'])
    expect(t03.filter((f) => findingTarget(f, seed()).screen === 'drill')).toHaveLength(4)
    expect(new Set(findings().filter((f) => f.rule === 'T06-SUMMARY-ROWS').map((f) => findingTarget(f, seed()).focus))).toEqual(new Set(['expenditure']))
    const yoy = findings().filter((f) => f.rule === 'R02-YOY' && f.screen.screen === 'overview').map((f) => findingTarget(f, seed()))
    expect(yoy.map((t) => `${t.screen}:${t.focus}`)).toEqual(['yoy:totals.total', 'yoy:totals.fiscal', 'yoy:totals.gpbExpenditure'])
  })
  it('a code on the drill-down lands on its row at its parent level', () => {
    expect(findingTarget(made({ screen: 'drill', path: ['201', '20102'], code: '20102' }), null)).toEqual({ screen: 'drill', path: ['201'], focus: '20102', code: '20102' })
    expect(findingTarget(made({ screen: 'drill', path: ['201'], code: '201' }), null)).toEqual({ screen: 'drill', path: [], focus: '201', code: '201' })
    expect(findingTarget(made({ screen: 'drill' }), null)).toEqual({ screen: 'drill', path: [], focus: 'total', code: null })
    expect(parentPath('2080505')).toEqual(['208', '20805'])
    // 06 lists economic codes: no item page
    expect(findingTarget(made({ screen: 'overview', table: 'gpbBasic', code: '30101' }), null)).toEqual({ screen: 'overview', path: [], focus: 'basic', code: null })
  })
})

describe('places as the report has them', () => {
  it('a stated figure by its quote and report section, not only the transcription line', () => {
    const p = placeOf(seed(), { file: '说明数据.csv', line: 44 })
    expect(p).toEqual({ kind: 'stated', quote: '支出决算为47.33万元', section: '第三部分 五（三）第3项', file: '说明数据.csv', line: 44 })
    expect(placeText(p)).toBe('“支出决算为47.33万元”（第三部分 五（三）第3项）')
    expect(statedAt(seed(), { file: '说明数据.csv', line: 78 })?.quote).toBe('“三公”经费财政拨款支出预算为5.5万元')
  })
  it('a table cell by table, row and column', () => {
    const f = one('X09-THREE-PUBLIC-STATED', (x) => x.screen.item === 'reception')
    const [stated, table] = placesOf(f, seed())
    expect(stated).toMatchObject({ kind: 'stated', section: '第三部分 七（二）第3项' })
    expect(table).toMatchObject({ kind: 'table', file: '09_财政拨款三公经费支出决算表.csv', line: 8, column: 6 })
    expect(placeText(table!)).toMatch(/^公开09表 合计 · .*公务接待费$/)
    expect(rowAt(seed(), { file: '05_一般公共预算财政拨款支出决算表.csv', line: 15 })?.code).toBe('2080505')
  })
})

describe('focus in the URL', () => {
  const view = parseView({ dataset: 'd', screen: 'budget' }, { focus: '2080505', year: '2024' })
  it('is kept by changes of the same view (unit, tables, language)', () => {
    expect(toQuery(view, { unit: '元' }).focus).toBe('2080505')
    expect(toQuery(view, { tables: ['budget'] }).focus).toBe('2080505')
  })
  it('is dropped by a new drill level or screen unless the link marks a row itself; other keys stay', () => {
    expect(toQuery(view, { path: [] })).toEqual({ year: '2024' })
    expect(toQuery(view, { path: ['208'], extra: { focus: '20805' } })).toEqual({ path: '208', focus: '20805' })
  })
})
