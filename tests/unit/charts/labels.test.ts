import { describe, expect, it } from 'vitest'
import { AXIS_BUDGET, BLOCK_BUDGET, blockFits, blockLabels, clip, columnLabels, deepestName, shortLabels, textWidth } from '@/charts/labels'
import { barOption } from '@/charts/bar'
import { groupedBarOption } from '@/charts/grouped'
import { treemapOption } from '@/charts/treemap'
import { waterfallOption } from '@/charts/waterfall'
import type { ChartContext } from '@/charts/theme'
import { loadInputs } from '@/cli/load-node'
import { buildTree, expenditureTable, type TreeNode } from '@/model/tree'
import { buildOverview } from '@/model/overview'
import { budgetExecution } from '@/model/narrative/budget'
import { performanceEvaluation } from '@/model/narrative/performance'
import zh from '@/i18n/zh'
import en from '@/i18n/en'

const ctx: ChartContext = {
  unitLabel: '万元', fmt: (v) => `${v} 万元`, fmtNumber: (v) => String(v), decal: false,
  labels: { amount: '金额', share: '占比', change: '比上年增减' },
}
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length

describe('widths and clipping', () => {
  it('counts CJK and full-width characters as two units, ASCII as one', () => {
    expect(textWidth('2101101')).toBe(7)
    expect(textWidth('行政运行')).toBe(8)
    expect(textWidth('（类）')).toBe(6)
    expect(textWidth('Other change')).toBe(12)
  })
  it('clips to the budget with an ellipsis, and leaves what fits alone', () => {
    expect(clip('行政运行', 8)).toBe('行政运行')
    expect(clip('其他行政事业单位医疗支出', 12)).toBe('其他行政事…')
    expect(textWidth(clip('其他行政事业单位医疗支出', 12))).toBeLessThanOrEqual(12)
  })
  it('reduces a classification path to its deepest level, either bracket style', () => {
    expect(deepestName('卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）')).toBe('行政单位医疗')
    expect(deepestName('社会保障和就业支出（类）行政事业单位养老支出(款） 机关事业单位基本养老保险缴费支出（项）')).toBe('机关事业单位基本养老保险缴费支出')
    expect(deepestName('一般公共服务支出')).toBe('一般公共服务支出')
  })
})

describe('shortLabels', () => {
  // the seed's 预算执行 lines as the report prints them (说明数据.csv): before, every label read "2101101 卫生健康支…"-alike
  const budgetLines = [
    '一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）',
    '2080501 社会保障和就业支出（类）行政事业单位养老支出(款）行政单位离退休（项）',
    '2080505 社会保障和就业支出（类）行政事业单位养老支出(款） 机关事业单位基本养老保险缴费支出（项）',
    '2080506 社会保障和就业支出（类）行政事业单位养老支出(款）机关事业单位职业年金缴费支出（项）',
    '2101101 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）',
    '2101103 卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）',
    '2101199 卫生健康支出（类）行政事业单位医疗（款）其他行政事业单位医疗支出（项）',
    '2210201 住房保障支出（类）住房改革支出（款）住房公积金（项）',
  ]
  it('keeps the code whole and the deepest name, unique and within the phone budget', () => {
    const out = shortLabels(budgetLines)
    expect(out[0]).toBe('行政运行')
    expect(out[4]).toBe('2101101 行政单位医疗')
    expect(out[5]).toBe('2101103 公务员医疗补助')
    expect(unique(out)).toBe(true)
    for (const l of out) expect(textWidth(l)).toBeLessThanOrEqual(AXIS_BUDGET)
    for (const [i, l] of out.entries()) {
      const code = /^\d{7}/.exec(budgetLines[i]!)?.[0]
      if (code) expect(l.startsWith(`${code} `)).toBe(true)
    }
  })
  it('names clipped alike keep the part where they differ', () => {
    const out = shortLabels(['其中：公务用车购置费', '其中：公务用车运行维护费'], 12)
    expect(unique(out)).toBe(true)
    expect(out[0]).toContain('购置')
    expect(out[1]).toContain('运行')
    const coded = shortLabels(budgetLines.slice(2, 4))
    expect(coded[0]).toContain('基本养老')
    expect(coded[1]).toContain('职业年金')
  })
  it('names alike in full are told apart by code, or numbered when they have none', () => {
    expect(shortLabels(['2010101 行政运行', '2010301 行政运行'])).toEqual(['2010101 行政运行', '2010301 行政运行'])
    const same = shortLabels(['行政运行', '行政运行'])
    expect(unique(same)).toBe(true)
  })
  it('an empty or short list passes through', () => {
    expect(shortLabels([])).toEqual([])
    expect(shortLabels(['合计'])).toEqual(['合计'])
  })
})

describe('treemap blocks and column labels', () => {
  it('a block label puts the code alone on its first line', () => {
    expect(blockLabels(['208 社会保障和就业支出', '一般公共服务支出'])).toEqual([['208', '社会保障和…'], ['一般公共服…']])
    for (const [, name] of blockLabels(['2080505 机关事业单位基本养老保险缴费支出'])) expect(textWidth(name!)).toBeLessThanOrEqual(BLOCK_BUDGET)
  })
  it('a block label fits only a block wide and tall enough for all its lines', () => {
    expect(blockFits('208\n社会保障和…\n78.99', { width: 100, height: 70 })).toBe(true)
    expect(blockFits('208\n社会保障和…\n78.99', { width: 31, height: 130 })).toBe(false)
    expect(blockFits('208\n社会保障和…\n78.99', { width: 200, height: 40 })).toBe(false)
  })
  it('column labels get narrower as columns are added and stay unique', () => {
    const four = columnLabels(['2023年', '机构改革划出', '其余变化（可比口径）', '2024'])
    const eight = columnLabels(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    expect(eight.width).toBeLessThan(four.width)
    expect(four.width * 4).toBeLessThanOrEqual(280)
    expect(unique(four.labels)).toBe(true)
  })
})

/** the category axis of an option, as drawn (the builders put the short labels in the axis data) */
function axis(option: unknown, key: 'xAxis' | 'yAxis'): string[] {
  return ((option as Record<string, { data: string[] }>)[key]?.data ?? []).map(String)
}

function walk(nodes: readonly TreeNode[], visit: (level: readonly TreeNode[]) => void): void {
  if (!nodes.length) return
  visit(nodes)
  for (const n of nodes) walk(n.children, visit)
}

describe.each(['zhuzhou-xzsp-2024', 'putuo-guihua-2024', 'putuo-wenlv-2025'])('every axis of %s at the phone budget', (id) => {
  const [loaded] = loadInputs([`data/${id}`])
  const ds = loaded!.dataset
  const table = expenditureTable(ds)
  const tree = table ? buildTree(table) : null

  it('drill: every level of the classification, as bars and as treemap blocks', () => {
    expect(tree).not.toBeNull()
    let levels = 0
    walk(tree!.roots, (nodes) => {
      levels++
      const items = nodes.map((n) => ({ id: n.code, name: `${n.code} ${n.name}`, value: n.values.total ?? null, leaf: !n.children.length }))
      const labels = axis(barOption(items, ctx), 'yAxis')
      expect(unique(labels), labels.join(' | ')).toBe(true)
      for (const l of labels) expect(textWidth(l)).toBeLessThanOrEqual(AXIS_BUDGET)
      // every label starts with its row's code: the code tells rows apart even where names are cut
      expect(labels.map((l) => l.split(' ')[0]).sort()).toEqual(nodes.map((n) => n.code).sort())
      const blocks = blockLabels(items.map((i) => i.name))
      expect(unique(blocks.map((b) => b[0]!))).toBe(true)
      const opt = treemapOption(items, ctx) as { series: { data: { name: string }[] }[] }
      // the block keeps its full name (tooltip, aria); only the label is short
      expect(opt.series[0]!.data.map((d) => d.name)).toEqual(items.filter((i) => (i.value ?? 0) > 0).map((i) => i.name))
    })
    expect(levels).toBeGreaterThan(3)
  })

  it('overview classes, budget lines and performance projects', () => {
    const o = buildOverview(ds)
    const classes = axis(barOption(o.classes.map((c) => ({ id: c.code, name: c.label, value: c.value })), ctx), 'yAxis')
    expect(unique(classes)).toBe(true)
    const b = budgetExecution(ds)
    const lines = axis(groupedBarOption(b.lines.map((l) => (l.code ? `${l.code} ${l.name}` : l.name)), [], ctx), 'yAxis')
    expect(unique(lines)).toBe(true)
    const p = performanceEvaluation(ds)
    const projects = axis(groupedBarOption(p.projects.map((x) => x.name), [], ctx), 'yAxis')
    expect(unique(projects)).toBe(true)
    for (const l of [...classes, ...lines, ...projects]) expect(textWidth(l)).toBeLessThanOrEqual(AXIS_BUDGET)
  })

  it('a wide chart (axisBudget) keeps more of each name: fewer labels cut, each within its budget, still unique', () => {
    // every 类/款/项 of the report on one axis
    const items: { id: string; name: string; value: number | null }[] = []
    walk(tree!.roots, (nodes) => items.push(...nodes.map((n) => ({ id: n.code, name: `${n.code} ${n.name}`, value: n.values.total ?? null }))))
    const narrow = axis(barOption(items, ctx), 'yAxis')
    const wide = axis(barOption(items, { ...ctx, axisBudget: AXIS_BUDGET * 2 }), 'yAxis')
    expect(unique(wide)).toBe(true)
    for (const l of wide) expect(textWidth(l)).toBeLessThanOrEqual(AXIS_BUDGET * 2)
    const cut = (ls: string[]) => ls.filter((l) => l.includes('…')).length
    expect(cut(narrow)).toBeGreaterThan(0)
    expect(cut(wide)).toBeLessThan(cut(narrow))
  })
})

describe.each([['zh', zh], ['en', en]] as const)('fixed axes in %s', (_, m) => {
  it('三公经费 items and the year-on-year bridge stay unique', () => {
    const tp = [m.tp.abroad, m.tp.vehicle, m.tp.reception, m.tp.total]
    expect(unique(axis(groupedBarOption(tp, [], ctx), 'yAxis'))).toBe(true)
    const steps = [m.yoy.prior, m.yoy.moved, m.yoy.rest, m.yoy.change].map((name, i) => ({ id: String(i), name, kind: 'level' as const, value: 1 }))
    const x = axis(waterfallOption(steps, ctx), 'xAxis')
    expect(unique(x)).toBe(true)
  })
})
