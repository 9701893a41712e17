/**
 * The review order of the seed's findings: grouped by root cause, none lost, most money at stake first
 * (arithmetic in docs/AUDIT.md §4).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { groupByCause, runAudit, tallyFindings, type Cause, type Finding } from '../../../src/audit/index'
import { loadInputs } from '../../../src/cli/load-node'
import type { Dataset } from '../../../src/model/types'

let ds: Dataset
let findings: Finding[]
let causes: Cause[]

beforeAll(() => {
  ds = loadInputs(['data']).find((l) => l.dataset.meta.id === 'zhuzhou-xzsp-2024')!.dataset
  findings = runAudit([ds]).findings
  causes = groupByCause(findings, ds)
})

describe('findings by root cause', () => {
  it('keeps every finding exactly once', () => {
    const all = causes.flatMap((c) => c.findings)
    expect(all).toHaveLength(findings.length)
    expect(new Set(all).size).toBe(findings.length)
    for (const f of findings) expect(all).toContain(f)
  })

  it('sorts by severity, then money at stake: the 1,009.04 万元 line first, the 0.01 gaps and the scores last', () => {
    const warnings = causes.filter((c) => c.severity === 'warning')
    expect(warnings.map((c) => c.stake.amount)).toEqual([1009.04, 365.38, 50.09, 45.99, 11.75, 4.6, 3.15, 2.39, 1.47, 0.41, 0.06, 0.06, 0.01, 0.01, null, null])
    expect(causes[0]!.findings[0]!.rule).toBe('S05-EXEC-ACTUAL')
    const sev = causes.map((c) => c.severity)
    expect(sev).toEqual([...sev].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)))
  })

  it('makes one cause of one printed figure that disagrees with several others: 三公 budget 5.5 (line 78)', () => {
    const c = causes.find((x) => x.findings.some((f) => f.where[0]!.line === 78))!
    expect(c.findings.map((f) => [f.rule, f.expected])).toEqual([['X09-THREE-PUBLIC-STATED', 4.03], ['T07-STATED-PARTS', 4.5]])
    expect(c.stake.amount).toBe(1.47) // the larger gap, never the sum
    expect(c.kind).toBe('figure')
    expect(c.places[0]).toMatchObject({ file: '说明数据.csv', line: 78 })
    expect(c.places.filter((p) => p.line === 78)).toHaveLength(1)
  })

  it('collapses rounding into one line per root cause: 3 lines for the 9 尾数误差 findings', () => {
    const r = causes.filter((c) => c.kind === 'rounding')
    expect(r.map((c) => [c.findings[0]!.rule, c.findings[0]!.actual, c.findings[0]!.expected, c.findings.length]).sort()).toEqual([
      ['T03-SUM-TOTAL', 1489.93, 1489.92, 4], // 02 cols 3, 4; 03 col 3; 05 col 3
      ['T03-SUM-TOTAL', 642.17, 642.16, 2], // 03 col 4; 05 col 4
      ['T06-SUMMARY-ROWS', 1489.93, 1489.92, 3], // 01 col 6; 04 cols 6, 7
    ])
    for (const c of r) expect(c.severity).toBe('info')
  })

  it('makes one cause of a change printed under several headings: −20.4 % three times, −65.53 % twice', () => {
    const yoy = causes.filter((c) => c.findings[0]!.rule === 'R02-YOY')
    expect(yoy.map((c) => [c.findings[0]!.actual, c.findings.length, c.stake.amount])).toEqual([
      [-20.4, 3, 381.72], [-63.36, 1, 6.97], [-65.53, 2, 6.54], [-42.16, 1, 0.43],
    ])
    expect(yoy[0]!.kind).toBe('repeat')
  })

  it('does not merge different figures that happen to share a rule', () => {
    const f = findings.find((x) => x.rule === 'S12-SAME-FIGURE')!
    const twin: Finding = { ...f, where: [{ file: '说明数据.csv', line: 999 }] }
    const g = groupByCause([f, twin], ds)
    expect(g).toHaveLength(2)
  })
})

describe('tally for the header badge', () => {
  it('counts the seed in words: 17 contradictions (none between tables), 20 to explain, 9 rounding', () => {
    expect(tallyFindings(findings)).toEqual({ contradictions: 17, inTables: 0, unread: 0, explain: 20, rounding: 9 })
  })
  it('counts an unreadable row apart from contradictions', () => {
    const f = findings[0]!
    expect(tallyFindings([{ ...f, family: 'import', rule: 'IMPORT', severity: 'error' }, { ...f, severity: 'error' }]))
      .toEqual({ contradictions: 1, inTables: 1, unread: 1, explain: 0, rounding: 0 })
  })
})
