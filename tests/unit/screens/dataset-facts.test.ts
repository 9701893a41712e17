import { describe, expect, it } from 'vitest'
import { datasetsToFacts } from '@/model/dataset-facts'
import { compareDepartments, drill, indexFacts, series } from '@/model/facts'
import { buildTree, expenditureTable } from '@/model/tree'
import { seed } from './seed'

describe('nine-table datasets as facts', () => {
  const { store } = indexFacts(datasetsToFacts([seed()]))
  it('drills the same 类 → 款 → 项 figures as the dataset tree', () => {
    const tree = buildTree(expenditureTable(seed())!)
    const top = drill(store, { year: 2024, table: 'expenditure', measure: 'total' })
    expect(top.children.map((c) => [c.code, c.value])).toEqual(tree.roots.map((r) => [r.code, r.values.total]))
    expect(top.total).toBe(1489.93)
    const items = drill(store, { year: 2024, table: 'expenditure', measure: 'total', parent: '20102' })
    expect(items.children.map((c) => [c.code, c.value])).toEqual([['2010201', 161.28], ['2010202', 737.89]])
  })
  it('compares departments and gives series by year', () => {
    const cmp = compareDepartments(store, { year: 2024, table: 'expenditure', measure: 'project' })
    expect(cmp.rows.map((r) => [r.department, r.value, r.rank])).toEqual([['株洲市行政审批服务局', 847.76, 1]])
    expect(series(store, { department: '株洲市行政审批服务局', table: 'expenditure', measure: 'total' }).map((p) => [p.year, p.value])).toEqual([[2024, 1489.93]])
  })
})
