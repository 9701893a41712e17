/**
 * Types of the data-quality audit (数据核对). Plain TypeScript, no Vue.
 * A rule checks one kind of relation between published figures and returns findings;
 * a finding names both sides, the difference and where each figure stands.
 */
import type { Dataset, ImportProblem, Severity, SourceRef, TableKind } from '../model/types'
import type { Text } from '../i18n/text'

/** 'import' is only used for import problems carried into the report (rule IMPORT) */
export type RuleFamily = 'import' | 'within' | 'balance' | 'across' | 'statement' | 'review'

/** mismatch: rounding cannot explain it; rounding: within the rounding bound; flag: a review hint, not an error */
export type FindingClass = 'mismatch' | 'rounding' | 'flag'

/** The unit of expected/actual/difference. */
export type FindingUnit = '万元' | 'pp' | '%' | '分' | '人' | '个'

/** Screens of the app (mirrors router/viewState SCREENS; kept here so audit/ stays free of Vue). */
export type AuditScreen =
  | 'overview' | 'drill' | 'yoy' | 'reform' | 'budget' | 'procurement' | 'threePublic' | 'performance' | 'audit' | 'import'

/** Which screen and which row of it a finding concerns. */
export interface ScreenHint {
  screen: AuditScreen
  /** drill path of classification codes, e.g. ['201', '20102'] */
  path?: string[]
  /** a classification code the screen lists, e.g. '2101199' on the budget screen */
  code?: string
  /** a table the finding concerns */
  table?: TableKind
  /** a stated item key (project, 三公 part, …) */
  item?: string
}

export interface Finding {
  rule: string
  severity: Severity
  family: RuleFamily
  class: FindingClass
  /**
   * The sentence, language-neutral: catalogue key (`finding.outcome`, `finding.<RULE>.<variant>`) and parameters —
   * figures, printed names, places (src/i18n/text.ts, templates in src/i18n/catalogue/). The UI renders it per language.
   */
  text: Text
  /** Chinese, rendered from `text` (what `npm run audit` prints): names both figures and the difference */
  message: string
  /** what the other figures imply (sum of the parts, recomputed rate, the other table's figure) */
  expected: number | null
  /** the printed figure being checked */
  actual: number | null
  /** actual − expected */
  difference: number | null
  unit: FindingUnit
  /** the largest difference rounding can explain (same unit), when a bound applies */
  tolerance?: number
  /** every figure involved, the checked figure first */
  where: SourceRef[]
  datasetId: string
  screen: ScreenHint
}

export interface AuditContext {
  ds: Dataset
  datasetId: string
  /** the dataset's import problems: findings on a file with unread rows say so */
  problems?: readonly ImportProblem[]
  /**
   * every dataset loaded beside this one (the audited ones and `AuditOptions.context`): the cross-year rule finds
   * the prior year's report of the same department among them. Absent: single-dataset rules only.
   */
  all?: readonly Dataset[]
  /** when present, every comparison a rule makes is counted here (the reading self-check needs the denominator) */
  tally?: { checked: number }
}

export interface Rule {
  id: string
  family: RuleFamily
  /** severity of a mismatch; rounding findings and flags are always 'info' */
  severity: Severity
  /** one line, Chinese */
  description: string
  check(ctx: AuditContext): Finding[]
}

export interface AuditCounts {
  error: number
  warning: number
  info: number
}

export interface AuditReport {
  findings: Finding[]
  counts: AuditCounts
  /** counts per dataset id */
  byDataset: Record<string, AuditCounts>
  /** rules that threw (a bug, never silent): rule id → message */
  ruleErrors: { rule: string; datasetId: string; message: string }[]
}

export interface AuditOptions {
  /** import problems per dataset id; those of severity error become findings (rule IMPORT) */
  problems?: Record<string, ImportProblem[]>
  /** run only these rule ids */
  only?: string[]
  /**
   * other department-years loaded beside the audited ones (e.g. last year's report of the department in view):
   * not audited themselves, only compared with (cross-year rule). The audited datasets are compared with each other.
   */
  context?: readonly Dataset[]
}
