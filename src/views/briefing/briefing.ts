/**
 * 审议简报: what a deputy takes into the review meeting, on at most two A4 pages. A pure model over one
 * department-year (no Vue): headline figures with their change against last year, the material findings of
 * 数据核对 (most money at stake first, rounding left out, capped), budget lines far over or under their budget (the
 * budget screen's own flags), the standard tables the report did not publish, and questions, each tied to one of these.
 */
import { groupByCause, tallyFindings, type Cause, type Finding, type Tally } from '@/audit'
import { placeOf, type Place } from '@/audit/place'
import { statedAt } from '@/audit/target'
import { yoyFlag } from '@/audit/rules/review'
import { buildOverview } from '@/model/overview'
import { budgetExecution, type BudgetLine } from '@/model/narrative/budget'
import { missingTables, unexplained, type MissingTable } from '@/model/missing'
import { statedFigure } from '@/model/dataset'
import { priorYear, type PriorProvenance, type PriorYear } from '@/model/priorYear'
import { YEAR_KEYS, type YearKey } from '@/model/yearFigures'
import { diff } from '@/model/format'
import type { Dataset, FileReport, SourceRef } from '@/model/types'
import { briefFinding, type BriefFinding } from './figures'
import { questions, type ChangeFlag, type Question } from './questions'

/** How many findings and budget lines the two pages hold; the rest are counted and left to 数据核对 / 预算执行. */
export const CAPS = { findings: 10, budgetLines: 6, questions: 8 } as const

export type HeadlineKey = 'totalIncome' | 'totalExpenditure' | 'grandTotal' | 'basic' | 'project' | 'threePublic' | 'operating'

/** Change against last year of one headline figure. */
export interface HeadlineChange {
  amount: number | null
  /** percent (−20.4 = −20.4 %), and as printed when this year's report states it */
  pct: number | null
  pctText: string | null
  /** last year's figure */
  prior: number | null
  /** of last year's figure: 'loaded' (last year's report), 'stated' (printed this year), 'derived' (this year − stated change) */
  provenance: PriorProvenance | null
}

/** The change of a year figure, by the narrative's topic.item key ('totals.total', 'threePublic.total'). */
export type ChangeOf = (key: string) => HeadlineChange | null

/**
 * Changes from the prior-year function (model/priorYear.ts): last year's loaded report of the department when there
 * is one, else this year's own account (the stated change; last year derived from it).
 */
export function priorChanges(py: PriorYear): ChangeOf {
  return (key) => {
    if (!(YEAR_KEYS as readonly string[]).includes(key)) return null
    const c = py.change(key as YearKey)
    if (c.amount === null && c.pct === null && c.prior.value === null) return null
    return { amount: c.amount, pct: c.pct, pctText: c.pctText, prior: c.prior.value, provenance: c.prior.provenance }
  }
}

export interface Headline {
  key: HeadlineKey
  value: number | null
  source: SourceRef | null
  /** where it is printed, without the column header (the headline's own label names the figure) */
  place: Place | null
  change: HeadlineChange | null
}

export interface Briefing {
  department: string
  year: number
  headlines: Headline[]
  findings: BriefFinding[]
  /** findings of 数据核对 by kind (the header badge's words); `findings` above are the first of the contradictions */
  tally: Tally
  /** contradictions (causes) not in `findings` */
  moreFindings: number
  budgetLines: BudgetLine[]
  moreBudgetLines: number
  missing: MissingTable[]
  /** changes against last year that 数据核对 flags (rule R02), largest money first; the questions ask about the first */
  changes: ChangeFlag[]
  questions: Question[]
}

function headlines(ds: Dataset, changeOf: ChangeOf): Headline[] {
  const o = buildOverview(ds)
  const t09 = ds.tables.threePublic
  const tpRow = t09?.rows.find((r) => typeof r.values['actual.total'] === 'number')
  const tpStated = statedFigure(ds.stated, 'threePublic', 'total', 'actual')
  const threePublic: Pick<Headline, 'value' | 'source'> = t09 && tpRow
    ? { value: tpRow.values['actual.total']!, source: { file: t09.file, line: tpRow.line, column: tpRow.cells['actual.total'], section: t09.marker ?? t09.title } }
    : { value: tpStated?.value ?? null, source: tpStated?.source ?? null }
  const operating = statedFigure(ds.stated, 'operatingCost', 'total', 'amount')
  // 收、支总计 (with 年初结转和结余): the total the statement's change vs last year is about; 公开01表's 总计, else as stated
  const t01 = ds.tables.summary
  const gtRow = t01?.rows.find((r) => r.side === 'expenditure' && r.item === 'grandTotal' && typeof r.values.amount === 'number')
  const gtStated = statedFigure(ds.stated, 'totals', 'total', 'amount')
  const grandTotal: Pick<Headline, 'value' | 'source'> = t01 && gtRow
    ? { value: gtRow.values.amount!, source: { file: t01.file, line: gtRow.line, column: gtRow.cells.amount, section: t01.marker ?? t01.title } }
    : { value: gtStated?.value ?? null, source: gtStated?.source ?? null }
  const rows: Omit<Headline, 'place'>[] = [
    { key: 'totalIncome', value: o.totalIncome.value, source: o.totalIncome.source, change: null },
    { key: 'totalExpenditure', value: o.totalExpenditure.value, source: o.totalExpenditure.source, change: changeOf('expenditure.total') },
    { key: 'grandTotal', ...grandTotal, change: changeOf('totals.total') },
    { key: 'basic', value: o.basic.value, source: o.basic.source, change: changeOf('expenditure.basic') },
    { key: 'project', value: o.project.value, source: o.project.source, change: changeOf('expenditure.project') },
    { key: 'threePublic', ...threePublic, change: changeOf('threePublic.total') },
    { key: 'operating', value: operating?.value ?? null, source: operating?.source ?? null, change: changeOf('operatingCost.total') },
  ]
  return rows.filter((h) => h.value !== null).map((h) => ({ ...h, place: h.source && placeOf(ds, { ...h.source, field: undefined }) }))
}

/** Budget lines the budget screen flags, the largest gap between budget and actual first. */
function farLines(ds: Dataset): BudgetLine[] {
  const gap = (l: BudgetLine) => Math.abs(diff(l.actual, l.budget) ?? 0)
  return budgetExecution(ds).lines.filter((l) => l.flag !== null).sort((a, b) => gap(b) - gap(a))
}

/** The changes over the review limit (rule R02's flags), one per cause, the most money first. */
function changeFlags(ds: Dataset, causes: readonly Cause[]): ChangeFlag[] {
  return causes
    .filter((c) => c.class === 'flag' && c.findings[0]!.rule === yoyFlag.id && c.findings[0]!.where[0])
    .map((c) => {
      const f = c.findings[0]!
      const at = f.where[0]!
      return { rule: f.rule, name: statedAt(ds, at)?.name ?? at.section ?? '', pct: f.actual, amount: c.stake.amount, place: placeOf(ds, at) }
    })
}

export interface BriefingInput {
  ds: Dataset
  /** 数据核对 of `ds` (runAudit, with the import's problems) */
  findings: readonly Finding[]
  /** the import's file reports: tell an unusable table from an absent one */
  files?: readonly FileReport[]
  /** the change vs last year of a headline figure; by default this year's report's own account */
  changeOf?: ChangeOf
}

export function buildBriefing({ ds, findings, files = [], changeOf = priorChanges(priorYear(ds, [ds])) }: BriefingInput): Briefing {
  const causes = groupByCause(findings.filter((f) => f.datasetId === ds.meta.id), ds)
  // contradictions only (rounding, review flags and unread rows are counted, not listed), the most money first
  const contradictions = causes
    .filter((c) => c.kind !== 'rounding' && c.class === 'mismatch' && c.severity !== 'info' && c.findings[0]!.family !== 'import')
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.stake.amount ?? -1) - (a.c.stake.amount ?? -1) || a.i - b.i)
    .map((x) => x.c)
  const lines = farLines(ds)
  const shown = contradictions.slice(0, CAPS.findings).map((c) => briefFinding(ds, c))
  const missing = missingTables(ds, files)
  const budgetLines = lines.slice(0, CAPS.budgetLines)
  const changes = changeFlags(ds, causes)
  return {
    department: ds.meta.department,
    year: ds.meta.year,
    headlines: headlines(ds, changeOf),
    findings: shown,
    tally: tallyFindings(findings.filter((f) => f.datasetId === ds.meta.id)),
    moreFindings: contradictions.length - shown.length,
    budgetLines,
    moreBudgetLines: lines.length - budgetLines.length,
    missing,
    changes,
    questions: questions({ findings: shown, changes, budgetLines, missing: missing.map((table, index) => ({ table, index })).filter((m) => unexplained([m.table]).length) }, CAPS.questions),
  }
}
