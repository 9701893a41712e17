/**
 * Findings by root cause, ranked for review: a view over `runAudit`'s findings (which stay as they are).
 *
 * - rounding (尾数误差): one cause per repeated arithmetic — same rule, same printed figure, same sum of parts
 *   (e.g. 合计 1489.93 vs its 项 1489.92, printed in 02, 03, 05 and in several columns);
 * - one printed figure that disagrees with several others (same cell as the checked figure, `where[0]`): one cause
 *   listing every comparison and every place;
 * - a review flag repeated under several headings (same rule, same percentage, same money: 收支总计 −20.4 % and
 *   财政拨款支出 −20.4 %, both −381.72 万元): one cause.
 * Causes sort by severity, then money at stake (largest first; none last), then the engine's order.
 * Every finding is in exactly one cause.
 */
import type { Dataset, Severity, SourceRef } from '../model/types'
import { materiality, type Materiality } from './materiality'
import type { Finding, FindingClass } from './types'

export type CauseKind = 'rounding' | 'figure' | 'repeat'

export interface Cause {
  key: string
  kind: CauseKind
  severity: Severity
  class: FindingClass
  /** every finding of the cause, the lead (most severe, most money) first */
  findings: Finding[]
  /** the lead's materiality: the largest money at stake among the findings (they overlap; never summed) */
  stake: Materiality
  /** every place involved, deduplicated, the checked figures first */
  places: SourceRef[]
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

const refKey = (r: SourceRef | undefined): string => (r ? `${r.file}|${r.line}|${r.column ?? ''}` : '')

function causeKey(f: Finding, m: Materiality): [CauseKind, string] {
  if (f.class === 'rounding') return ['rounding', `r|${f.datasetId}|${f.rule}|${f.actual}|${f.expected}|${f.unit}`]
  if (f.class === 'flag' && f.difference === null) return ['repeat', `v|${f.datasetId}|${f.rule}|${f.actual}|${f.unit}|${m.amount}`]
  return ['figure', `f|${f.datasetId}|${refKey(f.where[0])}`]
}

/** Money first: larger amount ahead; no amount after any amount. */
const byMoney = (a: Materiality, b: Materiality): number =>
  a.amount === null ? (b.amount === null ? 0 : 1) : b.amount === null ? -1 : b.amount - a.amount

/**
 * Group the findings of `ds` by root cause and rank them. `datasets` may hold several datasets; each finding is
 * weighed against its own (by `datasetId`, else the first).
 */
export function groupByCause(findings: readonly Finding[], datasets: Dataset | readonly Dataset[]): Cause[] {
  const list = Array.isArray(datasets) ? (datasets as readonly Dataset[]) : [datasets as Dataset]
  const byId = new Map(list.map((d) => [d.meta.id, d]))
  const groups = new Map<string, { kind: CauseKind; first: number; items: { f: Finding; m: Materiality }[] }>()
  findings.forEach((f, i) => {
    const ds = byId.get(f.datasetId) ?? list[0]
    const m: Materiality = ds ? materiality(f, ds) : { amount: null, share: null, basis: 'none' }
    const [kind, key] = causeKey(f, m)
    const g = groups.get(key) ?? { kind, first: i, items: [] }
    g.items.push({ f, m })
    groups.set(key, g)
  })
  const causes = [...groups.entries()].map(([key, g]) => {
    const items = [...g.items].sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || byMoney(a.m, b.m))
    const lead = items[0]!
    const seen = new Set<string>()
    const places: SourceRef[] = []
    for (const r of [...items.map((x) => x.f.where[0]), ...items.flatMap((x) => x.f.where.slice(1))]) {
      if (r && !seen.has(refKey(r))) {
        seen.add(refKey(r))
        places.push(r)
      }
    }
    const cause: Cause = {
      key, kind: g.kind, severity: lead.f.severity, class: lead.f.class,
      findings: items.map((x) => x.f), stake: lead.m, places,
    }
    return { cause, first: g.first }
  })
  causes.sort((a, b) => ORDER[a.cause.severity] - ORDER[b.cause.severity] || byMoney(a.cause.stake, b.cause.stake) || a.first - b.first)
  return causes.map((c) => c.cause)
}

/** What the findings are, in words a deputy can use (the header badge). Counts findings; they add up to all. */
export interface Tally {
  /** genuine contradictions in the published report (error or warning mismatches) */
  contradictions: number
  /** of which between or within the nine tables (severity error) */
  inTables: number
  /** rows of the files that could not be read */
  unread: number
  /** review flags and statement hints: for the department to explain */
  explain: number
  /** differences rounding explains (尾数误差) */
  rounding: number
}

export function tallyFindings(findings: readonly Finding[]): Tally {
  const t: Tally = { contradictions: 0, inTables: 0, unread: 0, explain: 0, rounding: 0 }
  for (const f of findings) {
    if (f.family === 'import') t.unread++
    else if (f.class === 'rounding') t.rounding++
    else if (f.class === 'flag' || f.severity === 'info') t.explain++
    else {
      t.contradictions++
      if (f.severity === 'error') t.inTables++
    }
  }
  return t
}
