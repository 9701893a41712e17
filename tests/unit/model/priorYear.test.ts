/**
 * One last year: the loaded report of the same department first, this year's own account of last year only when
 * none is loaded. The seed (株洲市行政审批服务局 2024) states 收、支总计 1,489.93 and a change of −381.72 (so last year
 * 1,871.65, derived); "last year's report" here is the same folder imported as 2023 (the way to try it), whose
 * 收、支总计 is 1,489.93 (公开01表 总计, line 36).
 */
import { describe, expect, it } from 'vitest'
import { loadInputs } from '@/cli/load-node'
import { departmentDatasets, departmentKeyer, normaliseDepartment, sameDepartment } from '@/model/department'
import { departmentSeries } from '@/model/deptSeries'
import { priorLineAmount, priorYear } from '@/model/priorYear'
import type { Dataset, StatedFigure } from '@/model/types'
import { yearFigure } from '@/model/yearFigures'
import { seed } from '../screens/seed'

const SEED_DIR = 'data/zhuzhou-xzsp-2024'
let cached2023: Dataset | null = null
/** the seed folder read as the 2023 report of the same department */
function as2023(): Dataset {
  cached2023 ??= loadInputs([SEED_DIR], { year: 2023 })[0]!.dataset
  return cached2023
}
/** the same dataset under another name/id/year (tables and statements shared, never mutated) */
const renamed = (ds: Dataset, department: string, patch: Partial<Dataset['meta']> = {}): Dataset =>
  ({ ...ds, meta: { ...ds.meta, id: `${department}-${patch.year ?? ds.meta.year}`, department, ...patch } })

describe('the same department', () => {
  it('normalises spaces (ASCII, ideographic) and full-width forms', () => {
    expect(normaliseDepartment(' 株洲市\u3000行政审批 服务局（本级）')).toBe('株洲市行政审批服务局(本级)')
    expect(normaliseDepartment('ＡＢＣ局１')).toBe('ABC局1')
  })

  it('matches names that differ only in spaces and width; not different names', () => {
    const a = renamed(seed(), '株洲市行政审批服务局（本级）')
    const b = renamed(as2023(), '株洲市 行政审批服务局(本级)')
    const c = renamed(as2023(), '株洲市数据局')
    expect(sameDepartment(a, b, [a, b, c])).toBe(true)
    expect(sameDepartment(a, c, [a, b, c])).toBe(false)
  })

  it('follows the links set at import, in chains, and groups a merge', () => {
    const y2022 = renamed(as2023(), '老局', { year: 2022 })
    const y2023 = renamed(as2023(), '中局', { sameAs: '老 局' })
    const y2024 = renamed(seed(), '新局', { sameAs: '中局' })
    const other = renamed(as2023(), '别的局')
    const all = [y2024, other, y2022, y2023]
    const key = departmentKeyer(all)
    expect(new Set([key(y2022), key(y2023), key(y2024)]).size).toBe(1)
    expect(key(other)).not.toBe(key(y2024))
    expect(departmentDatasets(y2024, all).map((d) => d.meta.year)).toEqual([2022, 2023, 2024])
  })
})

describe('a dataset’s own year figures', () => {
  it('read tables first: 公开01表 总计 1,489.93 at line 36; 三公 from 公开09表', () => {
    const f = yearFigure(seed(), 'totals.total')!
    expect([f.value, f.from, f.ref.file, f.ref.line]).toEqual([1489.93, 'table', '01_收入支出决算总表.csv', 36])
    expect(yearFigure(seed(), 'threePublic.total')?.value).toBe(4.03)
    expect(yearFigure(seed(), 'expenditure.basic')?.value).toBe(642.17)
  })
  it('the narrative where no table prints the figure: 机关运行经费 105.58; a blank 09 cell falls back to the stated 0', () => {
    const op = yearFigure(seed(), 'operatingCost.total')!
    expect([op.value, op.from]).toEqual([105.58, 'stated'])
    const abroad = yearFigure(seed(), 'threePublic.abroad')!
    expect([abroad.value, abroad.from]).toEqual([0, 'stated'])
  })
})

describe('priorYear', () => {
  it('without last year’s report: this year’s own account, derived 1,871.65 = 1,489.93 − (−381.72)', () => {
    const py = priorYear(seed(), [seed()])
    expect(py.datasets).toEqual([])
    const p = py.figure('totals.total')
    expect([p.value, p.provenance, p.datasetIds, p.ownDiff]).toEqual([1871.65, 'derived', [], null])
    const c = py.change('totals.total')
    expect([c.amount, c.pct, c.pctText, c.provenance, c.current?.value]).toEqual([-381.72, -20.4, '-20.4', 'stated', 1489.93])
    expect(py.figure('threePublic.total').value).toBe(11)
    expect(py.differing()).toEqual([])
  })

  it('with last year’s report loaded: its 1,489.93 (loaded, with its id); the stated account kept beside it', () => {
    const prior = as2023()
    const py = priorYear(seed(), [seed(), prior])
    expect(py.datasets.map((d) => d.meta.id)).toEqual([prior.meta.id])
    const p = py.figure('totals.total')
    expect([p.value, p.provenance, p.datasetIds]).toEqual([1489.93, 'loaded', [prior.meta.id]])
    expect([p.own?.value, p.ownProvenance, p.ownDiff]).toEqual([1871.65, 'derived', 381.72])
    expect([p.loaded[0]!.ref.file, p.loaded[0]!.ref.line]).toEqual(['01_收入支出决算总表.csv', 36])
    const c = py.change('totals.total')
    expect([c.amount, c.pct, c.pctText, c.provenance]).toEqual([0, 0, null, 'loaded'])
    expect(py.figure('threePublic.total')).toMatchObject({ value: 4.03, provenance: 'loaded', ownDiff: 6.97 })
    expect(py.figure('operatingCost.total')).toMatchObject({ value: 105.58, provenance: 'loaded', own: null })
    expect(py.differing()).toEqual(expect.arrayContaining(['totals.total', 'totals.fiscal', 'totals.gpbExpenditure', 'threePublic.total']))
  })

  it('finds last year’s report under a spacing/width variant of the name, and never a report of another year or department', () => {
    const prior = renamed(as2023(), '株洲市　行政审批服务局')
    const older = renamed(as2023(), '株洲市行政审批服务局', { year: 2022 })
    const other = renamed(as2023(), '株洲市数据局')
    expect(priorYear(seed(), [seed(), older, other]).datasets).toEqual([])
    expect(priorYear(seed(), [seed(), older, other, prior]).datasets).toEqual([prior])
  })

  it('a renamed department: found only through the link set at import', () => {
    const prior = renamed(as2023(), '株洲市政务服务中心')
    expect(priorYear(seed(), [seed(), prior]).figure('totals.total').provenance).toBe('derived')
    const linked = { ...prior, meta: { ...prior.meta, sameAs: '株洲市行政审批服务局' } }
    expect(priorYear(seed(), [seed(), linked]).figure('totals.total')).toMatchObject({ value: 1489.93, provenance: 'loaded' })
  })

  it('a merged department: last year is the sum of the reports linked to it', () => {
    const a = renamed(as2023(), '甲中心', { sameAs: '合并后局' })
    const b = renamed(as2023(), '乙中心', { sameAs: '合并后局' })
    const now = renamed(seed(), '合并后局')
    const p = priorYear(now, [now, a, b]).figure('totals.total')
    expect([p.value, p.provenance, p.datasetIds]).toEqual([2979.86, 'loaded', [a.meta.id, b.meta.id]])
  })

  it('a printed 上年数 stands as "stated" when no report is loaded', () => {
    const printedPrior: StatedFigure = {
      topic: 'operatingCost', item: 'total', code: null, name: '机关运行经费', measure: 'prior', value: 120.5, text: '120.50', unit: '万元',
      source: { file: '说明数据.csv', line: 99, section: '第三部分 九' },
    }
    const ds = { ...seed(), stated: [...seed().stated, printedPrior] }
    expect(priorYear(ds, [ds]).figure('operatingCost.total')).toMatchObject({ value: 120.5, provenance: 'stated' })
    expect(priorYear(ds, [ds]).change('operatingCost.total')).toMatchObject({ amount: -14.92, provenance: 'stated' })
  })
})

describe('priorLineAmount (a 类/款/项 line last year)', () => {
  it('the loaded report’s printed 项 and its summed 类: 2010301 302.95, 201 1,311.99', () => {
    const all = [seed(), as2023()]
    expect(priorLineAmount(seed(), all, '2010301')).toMatchObject({ year: 2023, value: 302.95, provenance: 'loaded', datasetIds: [as2023().meta.id] })
    expect(priorLineAmount(seed(), all, '201').value).toBe(1311.99)
    expect(priorLineAmount(seed(), all, '2010301', 'basic').value).toBe(302.95)
  })
  it('nothing when no prior report is loaded and this year states no 上年数 for the code; nothing for a code last year lacks', () => {
    expect(priorLineAmount(seed(), [seed()], '2010301')).toMatchObject({ value: null, provenance: null })
    expect(priorLineAmount(seed(), [seed(), as2023()], '2130101')).toMatchObject({ value: null, provenance: null })
  })
  it('the same dataset against another list of loaded reports: each list gives its own answer, also when asked again', () => {
    const current = seed()
    const alone = [current]
    const withPrior = [current, as2023()]
    expect(priorLineAmount(current, alone, '2010301').provenance).toBeNull()
    expect(priorLineAmount(current, withPrior, '2010301')).toMatchObject({ value: 302.95, provenance: 'loaded' })
    expect(priorLineAmount(current, alone, '2010301').provenance).toBeNull()
    expect(priorLineAmount(current, withPrior, '201').value).toBe(1311.99)
  })
})

describe('departmentSeries', () => {
  it('one point per loaded year, each from its own report; one year gives one point', () => {
    expect(departmentSeries(seed(), [seed()], ['expenditure.total']).years).toHaveLength(1)
    const s = departmentSeries(seed(), [as2023(), seed(), renamed(as2023(), '别的局', { year: 2022 })], ['expenditure.total', 'threePublic.total'])
    expect(s.years.map((y) => [y.year, y.values['expenditure.total'], y.values['threePublic.total']])).toEqual([[2023, 1489.93, 4.03], [2024, 1489.93, 4.03]])
  })
})
