/**
 * Materiality of a finding: the money at stake in 万元 and as a share of the dataset's 本年支出合计, so a deputy
 * can weigh a 1,009.04 万元 misstatement above a 0.01 万元 one. Plain TypeScript, no Vue.
 *
 * - an amount finding (unit 万元): |actual − expected|, the money the two printed figures disagree by;
 * - a percentage finding (unit pp): |Δ pp| × the amount the percentage is taken of (the rules list the figures as
 *   [ratio, numerator, denominator, …]; a change percentage's base is current − change);
 * - a review flag: completion → |executed − budget|; a change over 20 % → the stated change amount of the same item;
 *   a 三公 increase → the increase;
 * - scores, counts, staff and unreadable rows concern no money: amount null.
 */
import type { Dataset, SourceRef } from '../model/types'
import { datasetTotals } from './totals'
import type { Finding } from './types'

export interface Materiality {
  /** money at stake in 万元, rounded to 0.01; null when the finding concerns no amount */
  amount: number | null
  /** amount ÷ 本年支出合计 (a fraction: 0.677 = 67.7 %); null without an amount or a total */
  share: number | null
  /** how the amount was found */
  basis: 'difference' | 'rate' | 'gap' | 'none'
}

const cents = (v: number): number => Math.round(Math.abs(v) * 100) / 100

/** The 万元 value printed at a place (a table cell, or a stated amount), or null. */
function amountAt(ds: Dataset, ref: SourceRef | undefined): number | null {
  if (!ref) return null
  for (const t of Object.values(ds.tables)) {
    if (!t || t.file !== ref.file) continue
    const row = t.rows.find((r) => r.line === ref.line)
    const key = row && Object.keys(row.cells).find((k) => row.cells[k] === ref.column)
    if (row && key) return row.values[key] ?? 0
  }
  const s = ds.stated.find((f) => f.source.file === ref.file && f.source.line === ref.line && f.source.column === ref.column)
  return s && s.unit === '万元' && s.value !== null ? s.value : null
}

/** The stated figure printed at a place. */
const statedAt = (ds: Dataset, ref: SourceRef | undefined) =>
  ref ? ds.stated.find((f) => f.source.file === ref.file && f.source.line === ref.line && f.source.column === ref.column) : undefined

function amountAtStake(f: Finding, ds: Dataset): Pick<Materiality, 'amount' | 'basis'> {
  const none = { amount: null, basis: 'none' } as const
  if (f.family === 'import') return none
  if (f.unit === '万元' && f.difference !== null) return { amount: cents(f.difference), basis: 'difference' }
  if (f.unit === 'pp' && f.difference !== null) {
    const num = amountAt(ds, f.where[1])
    const den = amountAt(ds, f.where[2])
    if (den === null) return none
    const base = f.rule.startsWith('S03') && num !== null ? den - num : den
    return { amount: cents((f.difference * base) / 100), basis: 'rate' }
  }
  if (f.difference === null && f.class === 'flag') {
    if (f.rule.startsWith('R01')) {
      const done = amountAt(ds, f.where[0])
      const budget = amountAt(ds, f.where[1])
      return done !== null && budget !== null ? { amount: cents(done - budget), basis: 'gap' } : none
    }
    if (f.rule.startsWith('R02')) {
      const pct = statedAt(ds, f.where[0])
      const change = pct && ds.stated.find((s) => !s.derived && s.topic === pct.topic && s.item === pct.item &&
        s.measure === 'changeAmount' && s.unit === '万元' && s.value !== null)
      return change ? { amount: cents(change.value!), basis: 'gap' } : none
    }
    if (f.unit === '万元' && f.actual !== null) return { amount: cents(f.actual), basis: 'gap' }
  }
  return none
}

/** The money at stake in a finding of dataset `ds`, in 万元 and as a share of its 本年支出合计. */
export function materiality(f: Finding, ds: Dataset): Materiality {
  const { amount, basis } = amountAtStake(f, ds)
  const total = datasetTotals(ds).totalExpenditure ?? null
  const share = amount !== null && total !== null && total > 0 ? amount / total : null
  return { amount, share, basis }
}
