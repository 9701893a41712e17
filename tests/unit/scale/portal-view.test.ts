import { describe, expect, it } from 'vitest'
import { FactBuilder, indexFacts, tableIndex } from '@/model/facts'
import { cityLevel } from '@/views/portal/portal'

/** Two departments, 201 and 208, in 2023 and 2024; 208 is missing in 2023 for both. */
function store() {
  const b = new FactBuilder(64)
  const file = b.fileId('t.csv')
  const src = b.sources.id('test')
  const m = b.measures.id('total')
  const put = (dept: string, year: number, code: string, v: number) =>
    b.push(b.departments.id(dept), year, tableIndex('expenditure'), b.codeId(code), m, v, 2, 1, file, src)
  put('甲', 2023, '2010101', 10)
  put('乙', 2023, '2010101', 5.5)
  put('甲', 2024, '2010101', 12.25)
  put('乙', 2024, '2010101', 5)
  put('甲', 2024, '2080501', 3)
  return indexFacts(b.finish()).store
}

describe('whole-city drill level', () => {
  it('gives each child its change vs the year before, exact to the cent', () => {
    const level = cityLevel(store(), { year: 2024, measure: 'total', department: null, path: [] })
    expect(level.children.map((c) => [c.code, c.value, c.change])).toEqual([['201', 17.25, 1.75], ['208', 3, null]])
  })
  it('has no change in the first year of the data', () => {
    const level = cityLevel(store(), { year: 2023, measure: 'total', department: null, path: [] })
    expect(level.children.every((c) => c.change === null)).toBe(true)
  })
})
