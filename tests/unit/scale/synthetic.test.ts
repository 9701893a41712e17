import { describe, expect, it } from 'vitest'
import { parseArgs } from '@/cli/generate'
import { ingestBulkFiles } from '@/import/bulk/ingest'
import { CLASS_NAMES, SECTION_NAMES } from '@/model/classification'
import { drill, indexFacts } from '@/model/facts'
import { syntheticBulk } from '@/cli/synthetic'

const csv = (seed: number, departments = 20, years = 3) => [...syntheticBulk({ departments, years, seed })].join('')

describe('synthetic generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(csv(42)).toBe(csv(42))
    expect(csv(42)).not.toBe(csv(43))
  })

  it('writes N departments × Y years of clearly synthetic rows in the bulk layout', () => {
    const r = ingestBulkFiles([{ name: 's.csv', bytes: new TextEncoder().encode(csv(1, 20, 3)) }])
    expect(r.problems).toEqual([])
    const { store } = indexFacts(r.columns)
    expect(store.index.datasetCount).toBe(60)
    expect(store.index.years).toEqual([2022, 2023, 2024])
    expect(r.columns.sources).toEqual(['synthetic'])
    expect(r.columns.departments.every((d) => /^合成市第\d+/.test(d))).toBe(true)
    for (const code of r.columns.codes) {
      if (code.length >= 3) expect(CLASS_NAMES[code.slice(0, 3)]).toBeDefined()
      if (code.length >= 5) expect(SECTION_NAMES[code.slice(0, 5)]).toBeDefined()
    }
  })

  it('prints totals that equal the sum of their parts at every level', () => {
    const r = ingestBulkFiles([{ name: 's.csv', bytes: new TextEncoder().encode(csv(5, 10, 2)) }])
    const { store } = indexFacts(r.columns)
    const cents = (v: number) => Math.round(v * 100)
    for (const department of r.columns.departments) {
      for (const measure of ['total', 'basic', 'project']) {
        const top = drill(store, { year: 2024, department, table: 'expenditure', measure })
        expect(top.totalDerived).toBe(false)
        expect(top.children.reduce((s, c) => s + cents(c.value), 0)).toBe(cents(top.total!))
        for (const cls of top.children) {
          const level = drill(store, { year: 2024, department, table: 'expenditure', measure, parent: cls.code })
          expect(cls.derived).toBe(false)
          expect(level.children.reduce((s, c) => s + cents(c.value), 0)).toBe(cents(cls.value))
        }
      }
      const income = drill(store, { year: 2024, department, table: 'income', measure: 'total' })
      expect(income.total).toBeGreaterThan(0)
    }
  })

  it('quotes department names that contain a comma', () => {
    expect(csv(1, 1, 1).split('\n')[1]).toMatch(/^"合成市第1[^"]*,[^"]*"/)
  })

  it('never writes into data/', () => {
    expect(() => parseArgs(['--out', 'data/province.csv'])).toThrow(/data/)
    expect(parseArgs(['--departments', '5', '--seed', '9']).out).toBe('.synthetic/province.csv')
    expect(() => parseArgs(['--years', 'x'])).toThrow(/正整数/)
  })
})
