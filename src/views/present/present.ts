/**
 * 大屏 / presentation mode: which slides a dataset has, what each shows, and how the keyboard and the URL drive
 * them. Pure (tested in Node); `PresentView.vue` renders it. The route holds the state: `present=1`, `slide=<n>`
 * (1-based), `play=1` (cycling) and `every=<seconds>` (the cycling interval).
 */
import type { Cause } from '@/audit'
import { formatPercent, formatStatedText, ratio } from '@/model/format'
import type { PriorYear } from '@/model/priorYear'
import type { Overview } from '@/model/overview'
import type { Series } from '@/views/yoy/yoy'

export type SlideId = 'headline' | 'classes' | 'trend' | 'findings'

/** Seconds between slides when cycling, unless `every` says otherwise (bounded to 5–600). */
const DEFAULT_EVERY = 20

/** The slides a dataset can fill, in order: the trend only with two or more years of a measure. */
export function slidesOf(o: Overview, series: readonly Series[]): SlideId[] {
  const out: SlideId[] = ['headline']
  if (o.classes.length) out.push('classes')
  if (trendSeries(series).length) out.push('trend')
  out.push('findings')
  return out
}

/** The slide index (0-based) a `slide` query value stands for; anything malformed is the first slide. */
export function slideIndex(value: string | undefined, count: number): number {
  const n = value && /^\d{1,3}$/.test(value) ? Number(value) : 1
  return Math.min(Math.max(n, 1), Math.max(count, 1)) - 1
}

export function everySeconds(value: string | undefined): number {
  const n = value && /^\d{1,3}$/.test(value) ? Number(value) : DEFAULT_EVERY
  return Math.min(Math.max(n, 5), 600)
}

export type KeyAction = 'next' | 'prev' | 'first' | 'last' | 'toggle' | 'exit' | 'fullscreen'

/**
 * What a key does: → ↓ PageDown (a presenter's clicker) and N step on, ← ↑ PageUp step back, Home/End jump,
 * Space / P / K pause or resume cycling, F full screen, Escape leaves presentation mode.
 */
export function keyAction(key: string): KeyAction | null {
  switch (key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': case 'n': case 'N': return 'next'
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return 'prev'
    case 'Home': return 'first'
    case 'End': return 'last'
    case ' ': case 'Spacebar': case 'p': case 'P': case 'k': case 'K': return 'toggle'
    case 'f': case 'F': return 'fullscreen'
    case 'Escape': return 'exit'
    default: return null
  }
}

/** The slide after `action` from `index` of `count`: stepping wraps around, as a cycling screen does. */
export function step(index: number, count: number, action: 'next' | 'prev' | 'first' | 'last'): number {
  if (count <= 0) return 0
  if (action === 'first') return 0
  if (action === 'last') return count - 1
  return (index + (action === 'next' ? 1 : -1) + count) % count
}

export interface Bar {
  id: string
  label: string
  value: number | null
  /** value ÷ the largest value on the slide, for the bar's length (0–1) */
  scale: number
  share?: number | null
  derived?: boolean
}

const scaled = <T extends { value: number | null }>(items: T[]): (T & { scale: number })[] => {
  const max = Math.max(0, ...items.map((i) => i.value ?? 0))
  return items.map((i) => ({ ...i, scale: max > 0 && i.value !== null && i.value > 0 ? i.value / max : 0 }))
}

/** Spending by function class (类), largest first; at most `max`, the count of the rest in `more`. */
export function classBars(o: Overview, max = 7): { bars: Bar[]; more: number } {
  const sorted = [...o.classes].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
  const shown = sorted.length > max ? sorted.slice(0, max - 1) : sorted
  return {
    bars: scaled(shown.map((c) => ({ id: c.code, label: c.label, value: c.value, share: c.share }))),
    more: sorted.length - shown.length,
  }
}

/** The series the trend slide shows: the report's 收支总计 (or the first total it has) and the 三公 total. */
export function trendSeries(series: readonly Series[]): Series[] {
  const totals = series.find((s) => s.id === 'totals.total') ?? series.find((s) => s.group === 'totals')
  const tp = series.find((s) => s.id === 'threePublic.total')
  return [totals, tp].filter((s): s is Series => !!s)
}

/** One bar per year of a series (a year derived from a stated change is marked derived). */
export function trendBars(s: Series): Bar[] {
  return scaled(s.points.map((p) => ({ id: String(p.year), label: String(p.year), value: p.value, derived: p.derived })))
}

/**
 * The change of a series' measure beside its bars, from the prior year every screen uses (model/priorYear.ts):
 * with last year's report loaded, this year's figure minus that report's, its percent computed ('loaded'); else the
 * change and percent this year's report prints ('stated'), or none when it prints no change. The percent is as shown.
 */
export function trendChange(prior: PriorYear, s: Series): { amount: number | null; pct: string | null; provenance: 'loaded' | 'stated' | null } {
  const c = prior.change(s.id)
  if (c.provenance === 'loaded') {
    const r = ratio(c.amount, c.prior.value)
    return { amount: c.amount, pct: r === null ? null : formatPercent(r, 2, true), provenance: c.amount === null ? null : 'loaded' }
  }
  const amount = c.statedAmount?.value ?? null
  const text = c.statedPct?.text ?? null
  return { amount, pct: text === null ? null : formatStatedText(text, true), provenance: amount === null ? null : 'stated' }
}

/**
 * The most material findings: causes that are not rounding (尾数误差), in the audit's order (severity, then money
 * at stake), at most `max`.
 */
export function materialCauses(causes: readonly Cause[], max = 3): Cause[] {
  return causes.filter((c) => c.class !== 'rounding').slice(0, max)
}
