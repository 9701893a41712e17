/**
 * 全市汇总 with a bulk import and nine-table imports of the same department: merged, each department-year once
 * (the nine-table import's figures win), the department's years one series.
 */
import { describe, expect, it } from 'vitest'
import { mergeBulk } from '@/model/dataset-facts'
import { FactBuilder, indexFacts, series, tableIndex, type FactColumns } from '@/model/facts'
import type { Dataset, RecognisedTable, TableRow } from '@/model/types'
import { cityLevel, ranking } from '@/views/portal/portal'
import { BULK_GROUP, NO_REGION, regionGroups } from '@/views/portal/regions'

/** A nine-table dataset whose 03 prints 合计 and one 项 row (2010101) of `total` 万元. */
function dept(department: string, year: number, total: number, meta: Partial<Dataset['meta']> = {}): Dataset {
  const row = (code: string | null, isTotal: boolean): TableRow => ({ line: isTotal ? 5 : 6, code, name: isTotal ? '合计' : '行政运行', isTotal, values: { total }, cells: { total: 3 } })
  const expenditure: RecognisedTable = {
    kind: 'expenditure', file: '03.csv', title: '支出决算表', marker: null, department, unit: '万元', precision: 2,
    columns: [{ key: 'total', header: '本年支出合计', column: 3 }], rows: [row(null, true), row('2010101', false)], notes: [], empty: false,
    stats: { linesRead: 6, rowsKept: 2, rowsReported: 0, rowsStructural: 4 },
  }
  return { meta: { id: `${department}-${year}`, department, year, origin: 'imported', ...meta }, tables: { expenditure }, stated: [], files: ['03.csv'] }
}

/** Bulk facts: per department-year the 合计 and 2010101 of 03 (`total`), as the bulk importer keys them. */
function bulk(rows: readonly (readonly [string, number, number])[]): FactColumns {
  const b = new FactBuilder(64)
  const file = b.fileId('bulk.csv')
  const src = b.sources.id('bulk')
  const m = b.measures.id('total')
  let line = 2
  for (const [d, y, v] of rows) {
    for (const code of ['', '2010101']) b.push(b.departments.id(d), y, tableIndex('expenditure'), b.codeId(code), m, v, 2, line++, file, src)
  }
  return b.finish()
}

const BULK = bulk([['甲局', 2023, 100], ['甲局', 2024, 110], ['乙局', 2024, 50]])
const q = (year: number) => ({ year, measure: 'total', department: null, path: [] })

describe('mergeBulk', () => {
  it('a department-year in both is counted once, with the nine-table figures; the bulk’s other years stay', () => {
    // the import prints the name with a full-width space and is a different figure from the bulk's 110
    const { columns, replaced } = mergeBulk(BULK, [dept('甲　局', 2024, 111.11)])
    expect(replaced).toEqual([{ department: '甲局', year: 2024 }])
    const store = indexFacts(columns).store
    expect(store.index.datasetCount).toBe(3) // 甲局 2023, 甲局 2024, 乙局 2024
    expect(ranking(store, q(2024)).rows.map((r) => [r.department, r.value])).toEqual([['甲局', 111.11], ['乙局', 50]])
    expect(cityLevel(store, q(2024)).total).toBe(161.11) // not 111.11 + 110 + 50
    expect(series(store, { department: '甲局', table: 'expenditure', measure: 'total' }).map((p) => [p.year, p.value])).toEqual([[2023, 100], [2024, 111.11]])
  })

  it('a department only in the imports is added; a renamed one joins the bulk department it was linked to', () => {
    const { columns, replaced } = mergeBulk(BULK, [dept('丙局', 2024, 7), dept('甲局新名', 2024, 120, { sameAs: '甲局' })])
    expect(replaced).toEqual([{ department: '甲局', year: 2024 }])
    const store = indexFacts(columns).store
    expect(cityLevel(store, q(2024)).total).toBe(177)
    expect(store.columns.departments.slice().sort()).toEqual(['丙局', '乙局', '甲局'])
  })

  it('no imports: the bulk columns as they are', () => {
    expect(mergeBulk(BULK, []).columns).toBe(BULK)
  })
})

describe('regionGroups with bulk columns', () => {
  it('the bulk group takes the imports without a region and the departments it holds; other regions keep their groups', () => {
    const list = [dept('甲局', 2024, 111.11), dept('导入局', 2024, 7), dept('某市一局', 2024, 30, { region: '某省某市' }), dept('乙局', 2024, 49, { region: '某省某市' })]
    const groups = regionGroups(list, BULK)
    expect(groups.map((g) => [g.key, g.datasetCount])).toEqual([[BULK_GROUP, 4], ['某省某市', 1]])
    const city = groups[0]!.store
    // 甲局 111.11 (import, not the bulk's 110) + 乙局 49 (import with a region, but the bulk holds 乙局) + 导入局 7
    expect(cityLevel(city, q(2024)).total).toBe(167.11)
    expect(ranking(city, q(2024)).rows.map((r) => r.department)).toEqual(['甲局', '乙局', '导入局'])
    expect(groups[1]!.store.columns.departments).toEqual(['某市一局'])
    expect(groups.some((g) => g.key === NO_REGION)).toBe(false)
  })
})
