/**
 * The 审议简报 model on the seed and on a Shanghai report without 说明数据. Expected figures are the published
 * ones (seed: /work/shared/seed/000_4d7cf89fcda6ae68.txt, data/zhuzhou-xzsp-2024; Shanghai: data/putuo-guihua-2024),
 * read from the files, not from the code's output.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { runAudit, type Finding } from '../../../src/audit/index'
import { loadInputs, type LoadedDataset } from '../../../src/cli/load-node'
import { budgetExecution } from '../../../src/model/narrative/budget'
import { buildBriefing, CAPS, priorChanges, type Briefing } from '../../../src/views/briefing/briefing'
import { priorYear } from '../../../src/model/priorYear'
import { differenceText, figureText, placesText, placeText } from '../../../src/views/briefing/format'
import { markedParts, unmark } from '../../../src/i18n/text'
import type { Place } from '../../../src/audit/place'

let data: Map<string, LoadedDataset>
const audit = (l: LoadedDataset): Finding[] => runAudit([l.dataset], { problems: { [l.dataset.meta.id]: l.result.problems } }).findings
const briefing = (id: string): Briefing => {
  const l = data.get(id)!
  return buildBriefing({ ds: l.dataset, findings: audit(l), files: l.result.files })
}
beforeAll(() => {
  data = new Map(loadInputs(['data']).map((l) => [l.dataset.meta.id, l]))
})

describe('the seed (株洲市行政审批服务局 2024)', () => {
  let b: Briefing
  beforeAll(() => {
    b = briefing('zhuzhou-xzsp-2024')
  })

  it('headline figures with the change vs last year the report states (收、支总计 减少381.72万元，降低20.4%)', () => {
    const h = Object.fromEntries(b.headlines.map((x) => [x.key, x]))
    expect(h.totalIncome!.value).toBe(1489.93)
    expect(h.totalExpenditure!.value).toBe(1489.93)
    // the change is the statement's, about 收、支总计 (公开01表 总计, 1,489.93 here: no carry-over); last year = 1489.93 + 381.72
    expect(h.grandTotal!).toMatchObject({ value: 1489.93, source: { file: '01_收入支出决算总表.csv', line: 36 } })
    expect(h.grandTotal!.change).toMatchObject({ amount: -381.72, pct: -20.4, prior: 1871.65, provenance: 'derived' })
    expect(h.totalExpenditure!.change).toBeNull()
    expect(h.basic!.value).toBe(642.17)
    expect(h.project!.value).toBe(847.76)
    // 公开09表 合计 决算 4.03; the statement: 减少6.97万元，降低63.36%
    expect(h.threePublic!).toMatchObject({ value: 4.03, change: { amount: -6.97, pct: -63.36 } })
    expect(h.threePublic!.source?.file).toBe('09_财政拨款三公经费支出决算表.csv')
    expect(h.operating!.value).toBe(105.58)
  })

  it('material findings: contradictions only, most money first, capped, the rest counted', () => {
    expect(b.findings).toHaveLength(CAPS.findings)
    const stakes = b.findings.map((f) => f.stake.amount ?? -1)
    expect(stakes).toEqual([...stakes].sort((x, y) => y - x))
    expect(b.findings[0]).toMatchObject({ rule: 'S05-EXEC-ACTUAL', actual: { value: 1311.99 }, expected: { value: 302.95 } })
    expect(b.findings.every((f) => f.rule !== 'R01-COMPLETION' && f.rule !== 'R02-YOY')).toBe(true)
    expect(b.findings.length + b.moreFindings).toBe(b.tally.contradictions - 1) // the two 三公 5.5 comparisons are one cause
    expect(b.tally.rounding).toBeGreaterThan(0)
  })

  it('三公 budget: 5.50 printed in 说明 第三部分 七（一）, 4.03 in 公开09表 — both printed', () => {
    const f = b.findings.find((x) => x.actual.value === 5.5)!
    expect(f.kind).toBe('samePrinted')
    expect(f.actual.printedAt).toMatchObject({ file: '说明数据.csv', line: 78, section: '第三部分 七（一）' })
    expect(f.expected).toMatchObject({ value: 4.03, printedAt: { file: '09_财政拨款三公经费支出决算表.csv', line: 8 } })
    expect(f.more).toBe(1)
  })

  it('SME share: 97.47 % printed, 99.47 % recomputed from 118.97 ÷ 119.60 (lines 111 and 107)', () => {
    const f = b.findings.find((x) => x.actual.value === 97.47)!
    expect(f.kind).toBe('recomputed')
    expect(f.actual.printedAt).toMatchObject({ file: '说明数据.csv', line: 112 })
    expect(f.expected.value).toBe(99.47)
    expect(f.expected.printedAt).toBeNull()
    expect(f.expected.from.map((p) => p.line)).toEqual([111, 107])
    expect(Math.round((118.97 / 119.6) * 10000) / 100).toBe(99.47)
  })

  it('the statement that says 大于 where 41.39 < 53.14 is a contradiction of words and figures', () => {
    const f = b.findings.find((x) => x.kind === 'statement')!
    expect(f.subject.words).toBe('大于')
    expect([f.actual.value, f.expected.value]).toEqual([41.39, 53.14])
  })

  it('budget lines: the budget screen’s flagged lines, largest gap first (完成年初预算的75.15% … 111.84%)', () => {
    const flagged = budgetExecution(data.get('zhuzhou-xzsp-2024')!.dataset).lines.filter((l) => l.flag)
    expect(b.budgetLines.map((l) => l.code)).toEqual(['2080505', '2210201', '2080506', '2101101', '2101103', '2101199'])
    expect(new Set(b.budgetLines.map((l) => l.id))).toEqual(new Set(flagged.map((l) => l.id)))
    expect(b.budgetLines[0]).toMatchObject({ budget: 62.98, actual: 47.33 })
    expect(b.moreBudgetLines).toBe(0)
  })

  it('tables not published: 06 (no reason), 07 and 08 (reason printed)', () => {
    expect(b.missing.map((m) => [m.kind, m.note === null])).toEqual([['gpbBasic', true], ['govFund', false], ['stateCapital', false]])
  })

  it('questions: at most the cap, each tied to an item of the briefing, one on the unexplained 06', () => {
    expect(b.questions.length).toBeGreaterThan(0)
    expect(b.questions.length).toBeLessThanOrEqual(CAPS.questions)
    const lists = { findings: b.findings, budgetLines: b.budgetLines, missing: b.missing, changes: b.changes }
    for (const q of b.questions) expect(lists[q.list][q.index], JSON.stringify(q)).toBeDefined()
    expect(b.questions.filter((q) => q.list === 'missing').map((q) => b.missing[q.index]!.kind)).toEqual(['gpbBasic'])
    expect(b.questions[0]).toEqual({ kind: 'samePrinted', list: 'findings', index: 0 })
    // the change asked about is the largest flagged: 收、支总计 −20.4 %, 381.72 万元
    expect(b.changes[0]).toMatchObject({ name: '收、支总计', pct: -20.4, amount: 381.72 })
    expect(b.questions.some((q) => q.kind === 'change' && q.index === 0)).toBe(true)
  })

  it('the change of a headline comes through the seam when given (e.g. another source of last year)', () => {
    const l = data.get('zhuzhou-xzsp-2024')!
    const given = { amount: -400, pct: -21.2, pctText: null, prior: 1889.93, provenance: 'loaded' as const }
    const c = buildBriefing({ ds: l.dataset, findings: [], changeOf: (k) => (k === 'totals.total' ? given : null) })
    expect(c.headlines.find((h) => h.key === 'grandTotal')!.change).toBe(given)
    expect(c.headlines.find((h) => h.key === 'threePublic')!.change).toBeNull()
  })

  it('with last year’s report loaded, the change is taken from it (model/priorYear.ts), not from the statement', () => {
    const ds = data.get('zhuzhou-xzsp-2024')!.dataset
    // a stand-in for the 2023 report: the same tables, 公开01表 总计 printed as 1,871.00
    const last = structuredClone(ds)
    last.meta = { ...last.meta, id: 'zhuzhou-xzsp-2023', year: 2023 }
    last.stated = []
    for (const r of last.tables.summary!.rows) if (r.item === 'grandTotal') r.values.amount = 1871 // both sides
    const c = buildBriefing({ ds, findings: [], changeOf: priorChanges(priorYear(ds, [ds, last])) })
    expect(c.headlines.find((h) => h.key === 'grandTotal')!.change).toMatchObject({ amount: -381.07, prior: 1871, provenance: 'loaded' })
  })
})

describe('a Shanghai report without 说明数据 (上海市普陀区规划和自然资源局 2024)', () => {
  let b: Briefing
  beforeAll(() => {
    b = briefing('putuo-guihua-2024')
  })

  it('headlines from the tables (公开01/03/07: 9,746.50, 9,759.38, 总计 9,859.38, 5,377.64, 4,381.74, 0.39), no change it cannot know', () => {
    expect(b.headlines.map((h) => [h.key, h.value])).toEqual([
      ['totalIncome', 9746.5], ['totalExpenditure', 9759.38], ['grandTotal', 9859.38], ['basic', 5377.64], ['project', 4381.74], ['threePublic', 0.39],
    ])
    expect(b.headlines.every((h) => h.change === null)).toBe(true)
  })

  it('findings: the three 0.01 contradictions between its tables; no budget lines; the fund tables explain themselves', () => {
    expect(b.findings.map((f) => [f.rule, f.actual.value, f.expected.value])).toEqual([
      ['X02-CLASS-01-03', 236.63, 236.64], ['X02-CLASS-01-03', 3845.25, 3845.24], ['X04-FISCAL-04-05', 236.63, 236.64],
    ])
    expect(b.findings.every((f) => f.kind === 'samePrinted')).toBe(true)
    expect(b.moreFindings).toBe(0)
    expect(b.budgetLines).toEqual([])
    expect(b.changes).toEqual([])
    expect(b.missing.map((m) => m.kind)).toEqual(['govFund', 'stateCapital'])
    expect(b.questions.map((q) => q.list)).toEqual(['findings', 'findings', 'findings'])
  })
})

describe('words of the briefing (format.ts)', () => {
  // messages stand in as their last key part ('briefing.sep.open' → 'open'), so the test sees where each one goes
  const f = { amount: (v: number | null) => `${v} 万元`, change: (v: number | null) => `Δ${v}`, t: (k: string) => k.split('.').pop()! }
  it('figures in their unit: amounts, percentages as printed, points', () => {
    expect(figureText(5.5, '万元', f)).toBe('5.5 万元')
    expect(figureText(97.47, 'pp', f)).toBe('97.47%')
    expect(figureText(100, 'pp', f)).toBe('100%')
    expect(figureText(50, '分', f)).toBe('50 score')
    expect(differenceText(-2, 'pp', f)).toBe('−2.00 pp')
    // two percentages ('%') differ by percentage points, as the audit's own wording says (emit.ts differenceUnit)
    expect(differenceText(-2, '%', f)).toBe('−2.00 pp')
    expect(differenceText(1.47, '万元', f)).toBe('Δ1.47')
  })
  it('places: each section once (at most three), then each file with its lines', () => {
    const p = (line: number, section: string): Place => ({ kind: 'stated', quote: '', section, file: '说明数据.csv', line })
    expect(unmark(placesText([p(111, 'A'), p(107, 'A')], f))).toBe('Aopen说明数据.csv:111, 107close')
    expect(unmark(placesText([p(1, 'A'), p(2, 'B'), p(3, 'C'), p(4, 'D')], f))).toBe('AlistBlistCmorePlacesopen说明数据.csv:1, 2, 3, 4close')
    const one = placeText({ kind: 'table', row: '公开09表 合计', field: '预算数/合计', file: 'x.csv', line: 8, column: null }, f)
    expect(unmark(one)).toBe('公开09表 合计 · 预算数/合计openx.csv:8close')
    // what the report printed (section, header, file) is marked as printed; the app's own words are not
    expect(markedParts(one).filter((x) => x.zh).map((x) => x.text)).toEqual(['公开09表 合计', '预算数/合计', 'x.csv'])
  })
})
