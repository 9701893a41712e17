/**
 * One finding of 数据核对 as the 审议简报 prints it: what figure it is about, the two figures and where each was printed
 * (or, when a figure is the engine's recomputation, the printed figures it was computed from). Pure, no Vue; built from
 * the finding's figures and places and the dataset's own cells and stated figures, never from the message text.
 */
import type { Cause, Finding } from '@/audit'
import type { Materiality } from '@/audit'
import { placeOf, type Place } from '@/audit/place'
import { rowAt, statedAt } from '@/audit/target'
import type { Dataset, SourceRef } from '@/model/types'
import type { StatedMeasure } from '@/model/vocabulary'

/** A place in the report (audit/place.ts), as the briefing names it. */
export type { Place }

/** What is printed at a place: a table cell or a stated figure. */
interface Printed {
  value: number | null
  /** text of a stated figure that is words, not a number (e.g. "大于") */
  text: string | null
  name: string
  measure: StatedMeasure | null
}

export interface Side {
  value: number | null
  /** where this figure is printed; null when it is recomputed */
  printedAt: Place | null
  /** the printed figures it was recomputed from (empty when printed) */
  from: Place[]
}

/**
 * - samePrinted: two printings of what should be one figure differ;
 * - recomputed: a printed figure differs from what the report's other figures give;
 * - statement: the narrative's words (e.g. "大于") contradict its own figures.
 */
export type FindingKind = 'samePrinted' | 'recomputed' | 'statement'

export interface BriefFinding {
  rule: string
  kind: FindingKind
  /** the figure the finding is about: its printed name and measure key (stated) or printed column header (table) */
  subject: { name: string; measure: StatedMeasure | null; field: string | null; words: string | null }
  actual: Side
  expected: Side
  difference: number | null
  unit: Finding['unit']
  stake: Materiality
  /** further comparisons of the same printed figure (same cause) not spelled out */
  more: number
  screen: Finding['screen']
}

/** The cell or stated figure printed at a place (found by audit/target.ts), as the briefing names it. */
function figureAt(ds: Dataset, r: SourceRef): Printed | null {
  const row = rowAt(ds, r)
  const key = row && Object.keys(row.cells).find((k) => row.cells[k] === r.column)
  if (row && key) return { value: row.values[key] ?? null, text: null, name: [row.code, row.name].filter(Boolean).join(' '), measure: null }
  const s = statedAt(ds, r)
  return s ? { value: s.value, text: s.value === null ? s.text : null, name: s.name, measure: s.measure } : null
}

/** Same figure to the hundredth (万元 cents, percent hundredths, scores). */
const same = (a: number | null, b: number | null): boolean => a !== null && b !== null && Math.round(a * 100) === Math.round(b * 100)

/** Where `value` is printed among `where` (not at `skip`), else the places it is recomputed from. */
function side(ds: Dataset, value: number | null, where: readonly SourceRef[], skip?: SourceRef): [Side, SourceRef | undefined] {
  const at = where.find((r) => r !== skip && same(figureAt(ds, r)?.value ?? null, value))
  if (at) return [{ value, printedAt: placeOf(ds, at), from: [] }, at]
  return [{ value, printedAt: null, from: where.filter((r) => r !== skip && r !== where[0]).map((r) => placeOf(ds, r)) }, undefined]
}

/** The briefing's line for a cause of 数据核对 (its lead finding). */
export function briefFinding(ds: Dataset, cause: Cause): BriefFinding {
  const f = cause.findings[0]!
  const head = f.where[0]
  const subject = head ? figureAt(ds, head) : null
  const [actual, at] = side(ds, f.actual, f.where)
  const [expected] = side(ds, f.expected, f.where, at)
  const kind: FindingKind = subject?.text ? 'statement' : expected.printedAt ? 'samePrinted' : 'recomputed'
  return {
    rule: f.rule,
    kind,
    subject: {
      name: subject?.name ?? head?.section ?? '', measure: subject?.measure ?? null,
      field: subject && subject.measure === null ? head?.field ?? null : null, words: subject?.text ?? null,
    },
    actual, expected, difference: f.difference, unit: f.unit, stake: cause.stake, more: cause.findings.length - 1, screen: f.screen,
  }
}
