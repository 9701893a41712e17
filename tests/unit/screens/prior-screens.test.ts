/**
 * The screens' one last year: with the seed folder imported as 2023 beside the 2024 seed, 同比变化's headline and
 * waterfall, its series and the 三公 figures all take 2023 from the loaded report (1,489.93; 三公 4.03), never the
 * 1,871.65 / 11.00 this year's report implies; the import preview's department choice.
 */
import { describe, expect, it } from 'vitest'
import { loadInputs } from '@/cli/load-node'
import { priorYear } from '@/model/priorYear'
import type { Dataset } from '@/model/types'
import { threePublicView } from '@/views/threePublic/threePublic'
import { reformBridge, yoySeries } from '@/views/yoy/yoy'
import { sameDepartmentChoice } from '@/views/import/sameDepartment'
import { seed } from './seed'

let cached: Dataset | null = null
const as2023 = (): Dataset => (cached ??= loadInputs(['data/zhuzhou-xzsp-2024'], { year: 2023 })[0]!.dataset)
const all = () => [seed(), as2023()]

describe('同比变化 with last year’s report loaded', () => {
  it('the waterfall starts at the loaded 1,489.93: no change, the moved-out 185.27 offset by the rest', () => {
    const b = reformBridge(seed(), priorYear(seed(), all()))
    expect([b.prior, b.current, b.change, b.moved, b.rest, b.provenance, b.datasetIds]).toEqual([1489.93, 1489.93, 0, 185.27, 185.27, 'loaded', [as2023().meta.id]])
    expect(b.priorRefs.map((r) => [r.file, r.line])).toEqual([['01_收入支出决算总表.csv', 36]])
  })
  it('every series has the same 2023 point: the loaded report’s, no derived year', () => {
    const s = yoySeries(seed(), all(), (key) => key)
    const total = s.find((x) => x.id === 'totals.total')!
    expect(total.points.map((p) => [p.year, p.value, p.provenance])).toEqual([[2023, 1489.93, 'loaded'], [2024, 1489.93, 'loaded']])
    expect(s.flatMap((x) => x.points).every((p) => p.provenance === 'loaded' && !p.derived)).toBe(true)
    expect(s.find((x) => x.id === 'threePublic.total')?.points.map((p) => p.value)).toEqual([4.03, 4.03])
    expect(s.find((x) => x.id === 'operatingCost.total')?.points.map((p) => p.value)).toEqual([105.58, 105.58])
  })
})

describe('三公 with last year’s report loaded', () => {
  const row = (v: ReturnType<typeof threePublicView>, p: string) => v.rows.find((r) => r.part === p)!
  it('last year 4.03 from the loaded 公开09表, change 0 computed; the stated 11.00 kept as the difference 6.97', () => {
    const v = threePublicView(seed(), priorYear(seed(), all()))
    expect([row(v, 'total').prior, row(v, 'total').priorProvenance, row(v, 'total').changeAmount, row(v, 'total').changePctText, row(v, 'total').priorOwnDiff])
      .toEqual([4.03, 'loaded', 0, '0.00', 6.97])
    expect([row(v, 'reception').prior, row(v, 'reception').priorOwnDiff]).toEqual([0.59, 0.43])
  })
  it('alone: the stated change −6.97 (−63.36%) and the derived 11.00, as before', () => {
    const v = threePublicView(seed())
    expect([row(v, 'total').prior, row(v, 'total').priorProvenance, row(v, 'total').changeAmount, row(v, 'total').changePctText]).toEqual([11, 'derived', -6.97, '-63.36'])
  })
})

describe('the import preview’s same-department choice', () => {
  const known = [{ department: '株洲市行政审批服务局', year: 2024 }, { department: '上海市普陀区文化和旅游局', year: 2025 }, { department: '株洲市行政审批服务局', year: 2022 }]
  it('a name equal up to spaces and width matches by itself; the others are offered for a link', () => {
    const c = sameDepartmentChoice('株洲市 行政审批服务局', known)
    expect(c.matches.map((m) => m.year)).toEqual([2022, 2024])
    expect(c.others).toEqual(['上海市普陀区文化和旅游局'])
  })
  it('a new name matches nothing and can be linked to any loaded department', () => {
    const c = sameDepartmentChoice('株洲市政务服务中心', known)
    expect(c.matches).toEqual([])
    expect(c.others.slice().sort()).toEqual(['上海市普陀区文化和旅游局', '株洲市行政审批服务局'].sort())
  })
})
