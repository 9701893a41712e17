import { describe, expect, it } from 'vitest'
import {
  FactBuilder, compareDepartments, drill, indexFacts, packColumns, series, tableIndex, unpackColumns, type FactColumns,
} from '@/model/facts'

/** Hand-made facts; every expected figure below is worked out by hand in the comments. */
function sample(order: 'grouped' | 'mixed' = 'grouped'): FactColumns {
  const b = new FactBuilder(4)
  const file = b.fileId('hand.csv')
  const src = b.sources.id('test')
  const exp = tableIndex('expenditure')
  const total = b.measures.id('total')
  let line = 1
  const rows: [string, number, string, number][] = [
    // A 2023 prints every level: total 130 = 201 (100) + 20805 (30, its 类 208 not printed)
    ['A', 2023, '', 130], ['A', 2023, '201', 100], ['A', 2023, '20101', 60], ['A', 2023, '20102', 40],
    ['A', 2023, '2010101', 50], ['A', 2023, '2010102', 10], ['A', 2023, '20805', 30], ['A', 2023, '2080505', 30],
    // A 2024 prints 项 only: 201 = 55.5 + 12.25 + 40 = 107.75, 208 = 33.33, total = 141.08
    ['A', 2024, '2010101', 55.5], ['A', 2024, '2010102', 12.25], ['A', 2024, '2010201', 40], ['A', 2024, '2080505', 33.33],
    // B prints 类 and total only
    ['B', 2024, '', 200], ['B', 2024, '201', 150], ['B', 2024, '208', 50], ['B', 2023, '', 180],
  ]
  const ordered = order === 'grouped' ? rows : [...rows].sort((x, y) => x[3] - y[3])
  for (const [dept, year, code, value] of ordered) {
    b.push(b.departments.id(dept), year, exp, b.codeId(code), total, value, 2, line++, file, src)
  }
  return b.finish()
}

const q = { table: 'expenditure', measure: 'total' } as const

describe('FactStore queries', () => {
  const { store, dropped } = indexFacts(sample())

  it('drills one department-year, deriving unprinted levels per branch', () => {
    expect(dropped).toEqual([])
    const a23 = drill(store, { ...q, year: 2023, department: 'A' })
    expect(a23.children.map((c) => [c.code, c.value, c.derived])).toEqual([['201', 100, false], ['208', 30, true]])
    expect([a23.total, a23.totalDerived]).toEqual([130, false])
    const a24 = drill(store, { ...q, year: 2024, department: 'A' })
    expect(a24.children.map((c) => [c.code, c.value, c.derived])).toEqual([['201', 107.75, true], ['208', 33.33, true]])
    expect([a24.total, a24.totalDerived]).toEqual([141.08, true])
    const sections = drill(store, { ...q, year: 2024, department: 'A', parent: '201' })
    expect(sections.children.map((c) => [c.code, c.name, c.value])).toEqual([['20101', '人大事务', 67.75], ['20102', '政协事务', 40]])
  })

  it('rolls the whole city up per dataset', () => {
    const city = drill(store, { ...q, year: 2024 })
    expect(city.children.map((c) => [c.code, c.value])).toEqual([['201', 257.75], ['208', 83.33]])
    expect([city.total, city.datasets]).toEqual([341.08, 2])
  })

  it('compares departments: rank, share, change against the year before', () => {
    const cmp = compareDepartments(store, { ...q, year: 2024 })
    expect(cmp.total).toBe(341.08)
    expect(cmp.rows.map((r) => [r.department, r.rank, r.value, r.previous, r.change])).toEqual([
      ['B', 1, 200, 180, 20], ['A', 2, 141.08, 130, 11.08],
    ])
    expect(cmp.rows[0]!.share).toBeCloseTo(200 / 341.08, 12)
    expect(cmp.rows[1]!.changePct).toBeCloseTo((11.08 / 130) * 100, 10)
    const byClass = compareDepartments(store, { ...q, year: 2024, code: '208' })
    expect(byClass.rows.map((r) => [r.department, r.value, r.derived])).toEqual([['B', 50, false], ['A', 33.33, true]])
  })

  it('gives series across years for a department and for the city', () => {
    expect(series(store, { ...q, department: 'A' }).map((p) => [p.year, p.value])).toEqual([[2023, 130], [2024, 141.08]])
    expect(series(store, { ...q }).map((p) => [p.year, p.value, p.departments])).toEqual([[2023, 310, 2], [2024, 341.08, 2]])
    expect(series(store, { ...q, department: 'nobody' })).toEqual([])
  })

  it('groups rows that arrive in any order, and answers the same', () => {
    const mixed = indexFacts(sample('mixed')).store
    expect(mixed.index.datasetCount).toBe(4)
    expect(drill(mixed, { ...q, year: 2024 })).toEqual(drill(store, { ...q, year: 2024 }))
    expect(compareDepartments(mixed, { ...q, year: 2024 })).toEqual(compareDepartments(store, { ...q, year: 2024 }))
  })

  it('treats summary-table item keys as leaves, never as parents of the 类', () => {
    const b = new FactBuilder()
    const f = b.fileId('s.csv')
    const sum = tableIndex('summary'), m = b.measures.id('amount')
    b.push(b.departments.id('A'), 2024, sum, b.codeId('income.gpb'), m, 1489.93, 2, 5, f, 0)
    b.push(b.departments.id('A'), 2024, sum, b.codeId('201'), m, 1311.99, 2, 6, f, 0)
    const { store } = indexFacts(b.finish())
    const item = drill(store, { year: 2024, department: 'A', table: 'summary', measure: 'amount', parent: 'income.gpb' })
    expect([item.children, item.total]).toEqual([[], 1489.93])
    const top = drill(store, { year: 2024, department: 'A', table: 'summary', measure: 'amount' })
    expect(top.children.map((c) => c.code)).toEqual(['201'])
    expect(compareDepartments(store, { year: 2024, table: 'summary', measure: 'amount', code: 'income.gpb' }).total).toBe(1489.93)
  })

  it('drops a repeated fact and names both lines', () => {
    const b = new FactBuilder()
    const f = b.fileId('twice.csv')
    const args = [b.departments.id('A'), 2024, tableIndex('expenditure'), b.codeId('201'), b.measures.id('total'), 1, 2] as const
    b.push(...args, 7, f, 0)
    b.push(...args, 9, f, 0)
    const r = indexFacts(b.finish())
    expect(r.store.columns.length).toBe(1)
    expect(r.dropped).toEqual([{ file: f, line: 9, firstFile: f, firstLine: 7 }])
  })
})

describe('FactColumns across a worker boundary', () => {
  it('survives a structured clone with transferred buffers and indexes without another row pass', () => {
    const { store } = indexFacts(sample('mixed'))
    const expected = drill(store, { ...q, year: 2024 })
    const { columns, transfer } = packColumns(store.columns)
    const received = structuredClone(columns, { transfer })
    expect(store.columns.value.length).toBe(0) // moved, not copied
    const again = indexFacts(unpackColumns(received)).store
    expect(drill(again, { ...q, year: 2024 })).toEqual(expected)
  })

  it('rejects columns that do not fit together', () => {
    const good = sample()
    expect(() => unpackColumns({ ...good, version: 99 })).toThrow(/版本/)
    expect(() => unpackColumns({ ...good, value: new Float64Array(1) })).toThrow(/value/)
    expect(() => unpackColumns({ ...good, code: new Uint32Array(good.length).fill(999) })).toThrow(/code/)
    const grouped = indexFacts(good).store.columns
    const bad = { ...grouped, datasets: { ...grouped.datasets!, year: grouped.datasets!.year.map(() => 1999) } }
    expect(() => unpackColumns(bad)).toThrow(/datasets/)
  })
})
