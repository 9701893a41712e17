import { describe, expect, it } from 'vitest'
import { COMPLETION_HIGH, COMPLETION_LOW, completion, statedCompletionFlag } from '@/model/completion'
import { budgetExecution } from '@/model/narrative/budget'
import { runAudit } from '@/audit'
import type { Dataset, StatedFigure } from '@/model/types'
import type { StatedItem, StatedMeasure } from '@/model/vocabulary'

describe('completion', () => {
  it('is executed ÷ budget on integer cents', () => {
    // seed 五（三）第7项 2101199: 27.02 / 24.16 = 111.84 %
    expect(completion(27.02, 24.16)).toEqual({ ratio: 2702 / 2416, flag: 'over' })
    // 0.1 + 0.2 is not 0.3 in floats; in cents it is
    expect(completion(0.1 + 0.2, 0.3)?.ratio).toBe(1)
  })
  it('keeps the window edges inside and flags a cent beyond them', () => {
    expect(COMPLETION_LOW).toBe(80)
    expect(COMPLETION_HIGH).toBe(110)
    expect(completion(80, 100)?.flag).toBeNull()
    expect(completion(79.99, 100)?.flag).toBe('under')
    expect(completion(110, 100)?.flag).toBeNull()
    expect(completion(110.01, 100)?.flag).toBe('over')
    // exactly 110 % and 80 %, which raw floats put just outside the window
    const raw = (executed: number, budget: number) => (executed / budget) * 100
    expect(raw(0.33, 0.3)).toBeGreaterThan(110)
    expect(raw(4.52, 5.65)).toBeLessThan(80)
    expect(completion(0.33, 0.3)?.flag).toBeNull()
    expect(completion(4.52, 5.65)?.flag).toBeNull()
  })
  it('has no rate without both amounts or with a budget of zero', () => {
    expect(completion(null, 100)).toBeNull()
    expect(completion(5, null)).toBeNull()
    expect(completion(5, 0)).toBeNull()
    expect(completion(5, 0.004)).toBeNull()
  })
  it('applies the same window to a stated rate', () => {
    expect([statedCompletionFlag(79.99), statedCompletionFlag(80), statedCompletionFlag(110), statedCompletionFlag(110.01)])
      .toEqual(['under', null, null, 'over'])
    expect(statedCompletionFlag(null)).toBeNull()
  })
})

describe('one window for the budget screen and rule R01', () => {
  const fig = (item: StatedItem, measure: StatedMeasure, value: number, line: number): StatedFigure => ({
    topic: 'budgetExecution', item, code: null, name: `第${item}项`, measure, value, text: String(value), unit: '万元',
    source: { file: '说明数据.csv', line, section: '五（三）' },
  })
  // 0.3 → 0.33 is exactly 110 % (R01 on raw floats flagged it); 100 → 105 was flagged by the screen's former 100 % alone
  const ds: Dataset = {
    meta: { id: 'x', department: '示例局', year: 2024, origin: 'imported' },
    tables: {}, files: ['说明数据.csv'],
    stated: [
      fig('line1', 'budget', 0.3, 2), fig('line1', 'actual', 0.33, 3),
      fig('line2', 'budget', 100, 4), fig('line2', 'actual', 105, 5),
      fig('line3', 'budget', 100, 6), fig('line3', 'actual', 79.99, 7),
      fig('line4', 'budget', 100, 8), fig('line4', 'actual', 110.01, 9),
    ],
  }
  it('flags the same lines on both', () => {
    const screen = budgetExecution(ds).lines.map((l) => [l.id, l.flag])
    expect(screen).toEqual([['line1', null], ['line2', null], ['line3', 'under'], ['line4', 'over']])
    const r01 = runAudit([ds]).findings.filter((f) => f.rule === 'R01-COMPLETION')
    expect(r01.map((f) => f.where[0]!.line).sort()).toEqual([7, 9])
  })
})
