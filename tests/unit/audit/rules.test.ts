/**
 * One passing and one failing case per rule, from small hand-built fixtures (tests/fixtures/audit/).
 * Each case runs only its own rule; the failing case must produce a finding with the listed fields.
 */
import { describe, expect, it } from 'vitest'
import { RULES } from '../../../src/audit/index'
import { TABLE_CASES } from '../../fixtures/audit/cases-tables'
import { STATED_CASES } from '../../fixtures/audit/cases-stated'
import { YEAR_CASES } from '../../fixtures/audit/cases-years'

const CASES = { ...TABLE_CASES, ...STATED_CASES, ...YEAR_CASES }

describe('rule registry', () => {
  it('has unique ids, a one-line Chinese description and a family for every rule', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of RULES) {
      expect(r.description).toMatch(/[\u4e00-\u9fff]/)
      expect(r.description).not.toContain('\n')
      expect(['within', 'balance', 'across', 'statement', 'review']).toContain(r.family)
    }
  })

  it('has a passing and a failing case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort())
  })
})

for (const rule of RULES) {
  const c = CASES[rule.id]
  if (!c) continue
  describe(`${rule.id}（${rule.description}）`, () => {
    it('passes a consistent dataset', () => {
      const ds = c.pass()
      expect(rule.check({ ds, datasetId: ds.meta.id, all: c.passAll?.(ds) })).toEqual([])
    })

    it('reports the planted inconsistency', () => {
      const ds = c.fail()
      const findings = rule.check({ ds, datasetId: ds.meta.id, all: c.all?.(ds) })
      const wanted = rule.family === 'review' ? 'flag' : 'mismatch'
      const hit = findings.find((f) => f.class === wanted)
      expect(hit, JSON.stringify(findings, null, 1)).toBeDefined()
      expect(hit).toMatchObject({ rule: rule.id, family: rule.family, severity: wanted === 'flag' ? 'info' : rule.severity, ...c.expect })
      expect(hit!.where.length).toBeGreaterThan(0)
      expect(hit!.where[0]!.file).toMatch(/\.csv$/)
      expect(hit!.message).toMatch(/[\u4e00-\u9fff]/)
    })
  })
}
