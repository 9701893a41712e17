/**
 * Questions for the review meeting, each tied to one item of the 审议简报: a finding (F1…), a budget line (B1…), a table
 * not published (T1…) or a change over the review flag's limit (a finding of 数据核对). Pure: the wording is an i18n
 * template per kind (`briefing.q.<kind>`), filled from the item's own figures; no sentence of a report is written here.
 */
import type { BudgetLine } from '@/model/narrative/budget'
import type { MissingTable } from '@/model/missing'
import type { BriefFinding, FindingKind, Place } from './figures'

/** A change against last year that 数据核对 flags (rule R02), as the briefing asks about it. */
export interface ChangeFlag {
  rule: string
  name: string
  /** percent as stated (−20.4) */
  pct: number | null
  /** the money the change amounts to (万元), when stated */
  amount: number | null
  place: Place
}


export type Question =
  | { kind: FindingKind; list: 'findings'; index: number }
  | { kind: 'budgetLine'; list: 'budgetLines'; index: number }
  | { kind: 'table'; list: 'missing'; index: number }
  | { kind: 'change'; list: 'changes'; index: number }

export interface QuestionSources {
  findings: readonly BriefFinding[]
  changes: readonly ChangeFlag[]
  budgetLines: readonly BudgetLine[]
  /** the missing tables the report does not explain, with their index in the briefing's list */
  missing: readonly { table: MissingTable; index: number }[]
}

/** How many of the first findings are always asked about. */
const LEAD_FINDINGS = 4

/**
 * At most `cap` questions: the largest findings first, then the largest change flagged, the budget line furthest from
 * its budget, every table left out without a reason, and further findings and lines while room remains.
 */
export function questions(s: QuestionSources, cap: number): Question[] {
  const out: Question[] = []
  const add = (q: Question) => {
    if (out.length < cap && !out.some((x) => x.list === q.list && x.index === q.index)) out.push(q)
  }
  const finding = (i: number) => add({ kind: s.findings[i]!.kind, list: 'findings', index: i })
  const line = (i: number) => add({ kind: 'budgetLine', list: 'budgetLines', index: i })
  for (let i = 0; i < Math.min(LEAD_FINDINGS, s.findings.length); i++) finding(i)
  if (s.changes.length) add({ kind: 'change', list: 'changes', index: 0 })
  if (s.budgetLines.length) line(0)
  for (const m of s.missing) add({ kind: 'table', list: 'missing', index: m.index })
  for (let i = LEAD_FINDINGS; i < s.findings.length; i++) finding(i)
  for (let i = 1; i < s.budgetLines.length; i++) line(i)
  return out
}
