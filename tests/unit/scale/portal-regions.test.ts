/** 全市汇总 by region: departments are summed and ranked only within their region; one department is not ranked. */
import { describe, expect, it } from 'vitest'
import { loadInputs } from '../../../src/cli/load-node'
import { FactBuilder, tableIndex } from '@/model/facts'
import type { Dataset, RecognisedTable, TableRow } from '@/model/types'
import { cityLevel, ranking } from '@/views/portal/portal'
import { BULK_GROUP, departmentsInYear, NO_REGION, pickGroup, rankingState, regionGroups } from '@/views/portal/regions'

/** A dataset whose 03 prints 合计 and one 项 row (2010101) with `total` 万元. */
function dept(department: string, year: number, total: number, region?: string): Dataset {
  const row = (code: string | null, isTotal: boolean): TableRow => ({ line: isTotal ? 5 : 6, code, name: isTotal ? '合计' : '行政运行', isTotal, values: { total }, cells: { total: 3 } })
  const expenditure: RecognisedTable = {
    kind: 'expenditure', file: '03.csv', title: '支出决算表', marker: null, department, unit: '万元', precision: 2,
    columns: [{ key: 'total', header: '本年支出合计', column: 3 }], rows: [row(null, true), row('2010101', false)], notes: [], empty: false,
    stats: { linesRead: 6, rowsKept: 2, rowsReported: 0, rowsStructural: 4 },
  }
  return { meta: { id: `${department}-${year}`, department, year, origin: 'real', region }, tables: { expenditure }, stated: [], files: ['03.csv'] }
}

const q = (year: number) => ({ year, measure: 'total', department: null, path: [] })

describe('regionGroups', () => {
  const list = [
    dept('甲局', 2024, 100, '某省甲市'), dept('乙局', 2024, 30.25, '某省甲市'), dept('丙局', 2024, 50, '某省甲市'),
    dept('丁局', 2024, 999, '某省乙市'), dept('导入局', 2024, 7),
  ]

  it('makes one store per region, largest first, datasets without a region last', () => {
    const groups = regionGroups(list, null)
    expect(groups.map((g) => [g.key, g.region, g.datasetCount])).toEqual([['某省甲市', '某省甲市', 3], ['某省乙市', '某省乙市', 1], [NO_REGION, null, 1]])
    expect(groups[0]!.store.columns.departments.slice().sort()).toEqual(['丙局', '乙局', '甲局'])
    expect(groups[1]!.store.columns.departments).toEqual(['丁局'])
  })

  it('ranks departments within their region only: shares and total are the region’s', () => {
    const [a] = regionGroups(list, null)
    const r = ranking(a!.store, q(2024))
    expect(r.rows.map((x) => [x.rank, x.department, x.value])).toEqual([[1, '甲局', 100], [2, '丙局', 50], [3, '乙局', 30.25]])
    expect(r.total).toBe(180.25)
    expect(Math.round(r.rows[0]!.share * 10000)).toBe(5548) // 100 / 180.25, not / (180.25 + 999 + 7)
    expect(cityLevel(a!.store, q(2024)).total).toBe(180.25)
    expect(rankingState(a!.store, 2024)).toEqual({ kind: 'ranking' })
  })

  it('a region with one department that year is not ranked: it names the department', () => {
    const groups = regionGroups(list, null)
    expect(rankingState(groups[1]!.store, 2024)).toEqual({ kind: 'single', department: '丁局' })
    expect(rankingState(groups[2]!.store, 2024)).toEqual({ kind: 'single', department: '导入局' })
    expect(rankingState(groups[0]!.store, 2023)).toEqual({ kind: 'none' })
  })

  it('counts departments per year: two years of one department are still one department a year', () => {
    const groups = regionGroups([dept('甲局', 2023, 1, '某市'), dept('甲局', 2024, 2, '某市'), dept('乙局', 2024, 3, '某市')], null)
    expect(groups).toHaveLength(1)
    expect(departmentsInYear(groups[0]!.store, 2023)).toEqual(['甲局'])
    expect(departmentsInYear(groups[0]!.store, 2024).sort()).toEqual(['乙局', '甲局'])
    expect(rankingState(groups[0]!.store, 2023).kind).toBe('single')
    expect(rankingState(groups[0]!.store, 2024).kind).toBe('ranking')
  })

  it('bulk columns are one group, first, joined by the imports without a region; other regions keep their groups', () => {
    const b = new FactBuilder(64)
    const file = b.fileId('bulk.csv')
    const src = b.sources.id('bulk')
    const m = b.measures.id('total')
    for (const [d, v] of [['合成一局', 5], ['合成二局', 9], ['合成三局', 1]] as const) {
      b.push(b.departments.id(d), 2024, tableIndex('expenditure'), b.codeId(''), m, v, 2, 2, file, src)
    }
    const groups = regionGroups(list, b.finish())
    expect(groups.map((g) => [g.key, g.bulk, g.datasetCount])).toEqual([[BULK_GROUP, true, 4], ['某省甲市', false, 3], ['某省乙市', false, 1]])
    expect(ranking(groups[0]!.store, q(2024)).rows.map((r) => r.department)).toEqual(['合成二局', '导入局', '合成一局', '合成三局'])
    expect(rankingState(groups[0]!.store, 2024)).toEqual({ kind: 'ranking' })
  })

  it('pickGroup: the key from the URL, else the largest group, else nothing', () => {
    const groups = regionGroups(list, null)
    expect(pickGroup(groups, '某省乙市')?.key).toBe('某省乙市')
    expect(pickGroup(groups, NO_REGION)?.region).toBeNull()
    expect(pickGroup(groups, '没有的地区')?.key).toBe('某省甲市')
    expect(pickGroup(groups, undefined)?.key).toBe('某省甲市')
    expect(pickGroup([], undefined)).toBeNull()
  })
})

describe('the bundled data: three real departments in two regions', () => {
  const groups = regionGroups(loadInputs(['data']).map((l) => l.dataset), null)

  it('groups 上海市普陀区 (two department-years) before 湖南省株洲市 (one)', () => {
    expect(groups.map((g) => [g.region, g.datasetCount])).toEqual([['上海市普陀区', 2], ['湖南省株洲市', 1]])
    expect(groups[0]!.store.columns.departments.slice().sort()).toEqual(['上海市普陀区文化和旅游局', '上海市普陀区规划和自然资源局'])
    expect(groups[0]!.store.index.years).toEqual([2024, 2025])
  })

  it('holds one department per region and year, so nothing is ranked and the screen says which department it is', () => {
    const [shanghai, zhuzhou] = groups
    expect(rankingState(shanghai!.store, 2024)).toEqual({ kind: 'single', department: '上海市普陀区规划和自然资源局' })
    expect(rankingState(shanghai!.store, 2025)).toEqual({ kind: 'single', department: '上海市普陀区文化和旅游局' })
    expect(rankingState(zhuzhou!.store, 2024)).toEqual({ kind: 'single', department: '株洲市行政审批服务局' })
  })
})
