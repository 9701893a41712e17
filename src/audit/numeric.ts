/**
 * Exact comparisons of printed figures. Every figure is an integer count of units of 10^-precision
 * (0.01 万元 for "1,489.93"); sums are compared as integers, ratios by BigInt cross-multiplication.
 *
 * Rounding bound: a figure printed with p decimals stands for a true value within ±0.5·10^-p.
 * A linear combination of printed figures therefore differs from the same combination of the true
 * values by at most the sum of the half-units; a printed total (itself ±half a unit) may differ from the
 * sum of n printed parts of the same precision by at most 0.5·(n + 1) units. Within that bound the
 * difference is 'rounding'; beyond it a 'mismatch'. The same quantity printed twice at the same
 * precision must print the same digits: its bound is 0. Half-units are handled doubled (integers).
 */
import type { SourceRef } from '../model/types'
import type { Param } from '../i18n/text'

/** A table cell's label in pieces: table, row, and the column when the table has several. */
export interface CellLabel {
  table: Param
  row: Param
  column: Param | null
}

export interface Fig {
  /** value in its unit (万元, %, 分, 人) */
  value: number
  /** decimals printed */
  precision: number
  ref: SourceRef
  /** human label: '公开03表 合计 · 基本支出', '说明「第三部分 三」 基本支出 占比' (language-neutral, src/i18n/text.ts) */
  label: Param
  /** shorter label for use inside another figure's wording (defaults to label) */
  short?: Param
  /** a table cell's label in pieces, for wordings that name only its row or column */
  cell?: CellLabel
  /** printed blank (null) and counted as 0 in a sum */
  blank?: boolean
  /** exact by nature (a count, a definitional 0): no rounding half-width */
  exact?: boolean
}

export interface Term {
  fig: Fig
  coef: 1 | -1
}

export type OutcomeClass = 'ok' | 'rounding' | 'mismatch'

export interface Outcome {
  cls: OutcomeClass
  expected: number
  actual: number
  difference: number
  /** the rounding bound (same unit) */
  tolerance: number
  /** decimals the numbers above are shown with */
  precision: number
}

export const pow10 = (n: number): number => 10 ** n

export function units(value: number, precision: number): number {
  return Math.round(value * pow10(precision))
}

/** Doubled half-unit of a figure at scale P: 10^(P − p) (0 when exact). */
function half2(f: Fig, P: number): number {
  return f.exact ? 0 : pow10(P - Math.min(f.precision, P))
}

function commonPrecision(figs: readonly Fig[]): number {
  return figs.reduce((m, f) => Math.max(m, f.precision), 0)
}

/** Round a float to `p` decimals for display (the integers were exact; this only presents them). */
function shown(value: number, p: number): number {
  return Number(value.toFixed(p))
}

/**
 * actual vs Σ coef·term. One printed term with coefficient 1 (any others exact, e.g. blank cells) is the
 * same quantity printed twice: bound 0 when both have the same precision, else the two half-units.
 */
export function checkLinear(actual: Fig, terms: readonly Term[]): Outcome {
  const figs = [actual, ...terms.map((t) => t.fig)]
  const P = commonPrecision(figs)
  const a = units(actual.value, P)
  let e = 0
  let tol2 = half2(actual, P)
  for (const t of terms) {
    e += t.coef * units(t.fig.value, P)
    tol2 += half2(t.fig, P)
  }
  // one printed figure against another (the other terms exact, e.g. blanks): the same quantity twice
  const printed = terms.filter((t) => !t.fig.exact)
  const only = printed.length === 1 ? printed[0] : undefined
  if (only && only.coef === 1 && only.fig.precision === actual.precision && !actual.exact) tol2 = 0
  const d = a - e
  const cls: OutcomeClass = d === 0 ? 'ok' : 2 * Math.abs(d) <= tol2 ? 'rounding' : 'mismatch'
  const s = pow10(P)
  return { cls, expected: e / s, actual: a / s, difference: d / s, tolerance: shown(tol2 / 2 / s, P + 1), precision: P }
}

export const checkSum = (total: Fig, parts: readonly Fig[]): Outcome =>
  checkLinear(total, parts.map((fig) => ({ fig, coef: 1 as const })))

export const checkSame = (a: Fig, b: Fig): Outcome => checkLinear(a, [{ fig: b, coef: 1 }])

interface Frac {
  n: bigint
  d: bigint // > 0
}

const lt = (x: Frac, y: Frac): boolean => x.n * y.d < y.n * x.d
const frac = (n: bigint, d: bigint): Frac => (d < 0n ? { n: -n, d: -d } : { n, d })

function combine(terms: readonly Term[], P: number): { v2: bigint; h2: bigint } {
  let v2 = 0n
  let h2 = 0n
  for (const t of terms) {
    v2 += BigInt(2 * t.coef * units(t.fig.value, P))
    h2 += BigInt(half2(t.fig, P))
  }
  return { v2, h2 }
}

/** round(n/d) half away from zero, d > 0 */
function roundDiv(n: bigint, d: bigint): bigint {
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d)
  return n < 0n ? -q : q
}

/**
 * A printed percentage vs 100 × num / den, where num and den are sums of printed figures.
 * The true ratio lies between the corner ratios of the figures' rounding intervals; the printed
 * percent (q decimals) may be off by half a unit of its last digit. ok = the percent equals the
 * ratio of the printed amounts rounded to q decimals; rounding = it lies within the interval; else mismatch.
 * Returns null when the denominator can be 0 within its interval (nothing can be said).
 */
export function checkPercent(stated: Fig, num: readonly Term[], den: readonly Term[], factor = 100): Outcome | null {
  const P = commonPrecision([...num, ...den].map((t) => t.fig))
  const q = stated.precision
  const n = combine(num, P)
  const d = combine(den, P)
  if (d.v2 === 0n || (d.v2 > 0n ? d.v2 - d.h2 <= 0n : d.v2 + d.h2 >= 0n)) return null
  const S = BigInt(units(stated.value, q))
  const K = BigInt(2 * factor) * BigInt(pow10(q))
  const exact = roundDiv(n.v2 * BigInt(factor) * BigInt(pow10(q)), d.v2)
  const expected = (Number(n.v2) / Number(d.v2)) * factor
  const shownP = Math.max(q, 2)
  const out = (cls: OutcomeClass, tol: number): Outcome => ({
    cls, expected: shown(expected, shownP), actual: stated.value,
    difference: shown(stated.value - shown(expected, shownP), shownP), tolerance: shown(tol, shownP + 2), precision: shownP,
  })
  const corners: Frac[] = []
  for (const nn of [n.v2 - n.h2, n.v2 + n.h2]) for (const dd of [d.v2 - d.h2, d.v2 + d.h2]) corners.push(frac(nn, dd))
  const first = corners[0]!
  let lo = first
  let hi = first
  for (const c of corners) {
    if (lt(c, lo)) lo = c
    if (lt(hi, c)) hi = c
  }
  const upper = frac(2n * S + 1n, K) // stated + half a unit, as a ratio
  const lower = frac(2n * S - 1n, K)
  const toPct = (f: Frac) => (Number(f.n) / Number(f.d)) * factor
  const spread = Math.max(toPct(hi) - expected, expected - toPct(lo)) + 0.5 / pow10(q)
  if (exact === S) return out('ok', spread)
  const meets = !lt(upper, lo) && !lt(hi, lower)
  return out(meets ? 'rounding' : 'mismatch', spread)
}

/** "1489.93" at the given decimals (no grouping, as the narratives print). */
export function fmt(value: number, precision: number): string {
  return value.toFixed(precision)
}
