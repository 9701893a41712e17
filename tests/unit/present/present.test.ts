/**
 * Presentation mode's view model on the seed: which slides, what each shows (checked against the published report,
 * /work/shared/seed: 收、支总计 1489.93 万元, 减少381.72万元 降低20.4%; “三公” 4.03 万元, 减少6.97万元 降低63.36%),
 * and how keys and the URL step through them.
 */
import { describe, expect, it } from 'vitest'
import { buildOverview } from '@/model/overview'
import { groupByCause, runAudit } from '@/audit'
import { priorYear } from '@/model/priorYear'
import type { YearKey } from '@/model/yearFigures'
import { yoySeries } from '@/views/yoy/yoy'
import { loadInputs } from '@/cli/load-node'
import zh from '@/i18n/zh'
import {
  classBars, everySeconds, keyAction, materialCauses, slideIndex, slidesOf, step, trendBars, trendChange, trendSeries,
} from '@/views/present/present'
import { seed } from '../screens/seed'

/** the series' names as the screens give them (i18n `prior.keys.*`) */
const names = (key: YearKey) => zh.prior.keys[key.replace('.', '_') as keyof typeof zh.prior.keys]

describe('slides of the seed', () => {
  const ds = seed()
  const o = buildOverview(ds)
  const series = yoySeries(ds, [ds], names)

  it('headline, classes, trend (the prior year derived from the stated change) and findings', () => {
    expect(slidesOf(o, series)).toEqual(['headline', 'classes', 'trend', 'findings'])
  })

  it('a report without a second year of any measure has no trend slide', () => {
    expect(slidesOf(o, [])).toEqual(['headline', 'classes', 'findings'])
  })

  it('classes largest first, bars scaled to the largest, shares as computed on cents', () => {
    const { bars, more } = classBars(o)
    expect(bars.map((b) => [b.id, b.value])).toEqual([['201', 1311.99], ['208', 78.99], ['210', 57.55], ['221', 41.39]])
    expect(bars[0]!.scale).toBe(1)
    expect(bars[1]!.scale).toBeCloseTo(78.99 / 1311.99, 10)
    expect(more).toBe(0)
    expect(classBars(o, 3)).toMatchObject({ more: 2 })
    expect(classBars(o, 3).bars).toHaveLength(2)
  })

  it('trend: 收、支总计 and the 三公 total, each year as printed, with the change the report states', () => {
    const [total, tp] = trendSeries(series)
    expect([total!.id, total!.name]).toEqual(['totals.total', '收、支总计'])
    expect(trendBars(total!).map((b) => [b.label, b.value, b.derived])).toEqual([['2023', 1871.65, true], ['2024', 1489.93, false]])
    const prior = priorYear(ds, [ds])
    expect(trendChange(prior, total!)).toEqual({ amount: -381.72, pct: '−20.4%', provenance: 'stated' })
    expect([tp!.id, tp!.name]).toEqual(['threePublic.total', '“三公”经费'])
    expect(trendBars(tp!).map((b) => b.value)).toEqual([11, 4.03])
    expect(trendChange(prior, tp!)).toEqual({ amount: -6.97, pct: '−63.36%', provenance: 'stated' })
  })

  it('findings: the most money at stake first, rounding left out', () => {
    const audit = runAudit([ds])
    const causes = materialCauses(groupByCause(audit.findings, ds))
    expect(causes).toHaveLength(3)
    expect(causes.every((c) => c.class !== 'rounding')).toBe(true)
    // 说明 prints 行政运行 as 1311.99 where 公开05表 prints 302.95: 1,009.04 万元, 67.72 % of 1,489.93
    expect(causes[0]!.stake.amount).toBe(1009.04)
    expect(causes[0]!.stake.share).toBeCloseTo(1009.04 / 1489.93, 10)
    const amounts = causes.map((c) => c.stake.amount ?? 0)
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts)
  })
})

describe('the trend with last year’s report loaded (the seed folder imported as 2023)', () => {
  // the 2023 report under a spaced name: the same department by the shared matching (model/department.ts)
  const base = loadInputs(['data/zhuzhou-xzsp-2024'], { year: 2023 })[0]!.dataset
  const y2023 = { ...base, meta: { ...base.meta, department: base.meta.department.replace('市', '市　') } }
  const ds = seed()
  const all = [ds, y2023]
  const series = yoySeries(ds, all, names)
  const prior = priorYear(ds, all)

  it('the bars and the change beside them both take 2023 from the loaded report: 1,489.93 → 1,489.93, change 0 computed', () => {
    const [total, tp] = trendSeries(series)
    expect(trendBars(total!).map((b) => [b.label, b.value, b.derived])).toEqual([['2023', 1489.93, false], ['2024', 1489.93, false]])
    expect(trendChange(prior, total!)).toEqual({ amount: 0, pct: '0.00%', provenance: 'loaded' })
    expect(trendBars(tp!).map((b) => b.value)).toEqual([4.03, 4.03])
    expect(trendChange(prior, tp!)).toEqual({ amount: 0, pct: '0.00%', provenance: 'loaded' })
  })

  it('the series’ names are the caller’s, not the Chinese of the report', () => {
    expect(yoySeries(ds, all, (key) => `name of ${key}`).map((s) => s.name)).toContain('name of totals.total')
  })
})

describe('another region: a report with no prior year in it', () => {
  it('putuo-guihua-2024 has no trend slide', () => {
    const ds = loadInputs(['data']).find((l) => l.dataset.meta.id === 'putuo-guihua-2024')!.dataset
    expect(slidesOf(buildOverview(ds), yoySeries(ds, [ds], names))).toEqual(['headline', 'classes', 'findings'])
  })
})

describe('stepping', () => {
  it('reads the slide from the URL, 1-based, falling back to the first', () => {
    expect(slideIndex(undefined, 4)).toBe(0)
    expect(slideIndex('3', 4)).toBe(2)
    expect(slideIndex('9', 4)).toBe(3)
    expect(slideIndex('0', 4)).toBe(0)
    expect(slideIndex('x', 4)).toBe(0)
  })

  it('steps forward and back, wrapping round like a cycling screen', () => {
    expect(step(0, 4, 'next')).toBe(1)
    expect(step(3, 4, 'next')).toBe(0)
    expect(step(0, 4, 'prev')).toBe(3)
    expect(step(2, 4, 'first')).toBe(0)
    expect(step(0, 4, 'last')).toBe(3)
  })

  it('keys: arrows and a clicker’s PageUp/PageDown step, Space pauses, F full screen, Escape leaves', () => {
    expect(['ArrowRight', 'PageDown', 'ArrowDown'].map(keyAction)).toEqual(['next', 'next', 'next'])
    expect(['ArrowLeft', 'PageUp', 'ArrowUp'].map(keyAction)).toEqual(['prev', 'prev', 'prev'])
    expect([' ', 'p', 'K'].map(keyAction)).toEqual(['toggle', 'toggle', 'toggle'])
    expect(keyAction('f')).toBe('fullscreen')
    expect(keyAction('Escape')).toBe('exit')
    expect(keyAction('Tab')).toBeNull()
    expect(keyAction('Enter')).toBeNull()
  })

  it('cycles every 20 s unless the URL says otherwise, within 5–600 s', () => {
    expect(everySeconds(undefined)).toBe(20)
    expect(everySeconds('45')).toBe(45)
    expect(everySeconds('1')).toBe(5)
    expect(everySeconds('9999')).toBe(20)
    expect(everySeconds('900')).toBe(600)
  })
})
