/**
 * Where a finding lands: the screen, the drill level and the one row or figure (`focus`) it concerns, and the
 * classification code whose item page lists it. Pure, no Vue: the app puts `focus` in the URL (`focus=<key>`) and
 * every row or figure that carries the same key on that screen marks itself (docs/AUDIT.md §8).
 *
 * Focus keys are the screens' own row keys: a classification code ('2080505') on the drill-down; a 五（三） line id
 * ('line1', '2080505') and 'total' (年初预算) on 预算执行; a 三公 part ('vehicle'); a project ('p4') or indicator
 * ('i2'), 'overall' (全年预算) and 'projects' (项目支出) on 绩效评价; a share row ('sme') or an amount
 * ('amount.total') on 政府采购; a series ('totals.fiscal') on 同比变化; 'income', 'expenditure', 'basic',
 * 'project', 'change' or a class code on the overview; 'total' for a code table's 合计 row (the drill-down's level total).
 */
import type { Dataset, SourceRef, StatedFigure, TableRow } from '../model/types'
import { isItemOf, type StatedItem, type StatedMeasure } from '../model/vocabulary'
import { drillPath } from '../model/classification'
import type { AuditScreen, Finding } from './types'

export interface FindingTarget {
  screen: AuditScreen
  /** drill level the row is listed at (the parent's path); [] elsewhere */
  path: string[]
  /** the row or figure to mark; null: the screen as a whole (e.g. an import problem) */
  focus: string | null
  /** the 类/款/项 the finding concerns, whose item page lists it */
  code: string | null
}

const byPlace = new WeakMap<readonly StatedFigure[], Map<string, StatedFigure>>()

/** The stated (narrative) figure printed at a place, if the place is one. */
export function statedAt(ds: Dataset | null, ref: SourceRef | undefined): StatedFigure | undefined {
  if (!ds || !ref) return undefined
  let index = byPlace.get(ds.stated)
  if (!index) {
    index = new Map()
    for (const f of ds.stated) if (!f.derived && !index.has(`${f.source.file}:${f.source.line}`)) index.set(`${f.source.file}:${f.source.line}`, f)
    byPlace.set(ds.stated, index)
  }
  return index.get(`${ref.file}:${ref.line}`)
}

/** The table row printed at a place (the side whose cell stands in the place's column, for two-sided tables). */
export function rowAt(ds: Dataset | null, ref: SourceRef | undefined): TableRow | undefined {
  if (!ds || !ref) return undefined
  for (const t of Object.values(ds.tables)) {
    if (!t || t.file !== ref.file) continue
    const rows = t.rows.filter((r) => r.line === ref.line)
    return rows.find((r) => ref.column !== undefined && Object.values(r.cells).includes(ref.column)) ?? rows[0]
  }
  return undefined
}

/** The drill level a code is listed at: its ancestors' path ('2080505' → ['208', '20805']). */
export const parentPath = (code: string): string[] => drillPath(code).slice(0, -1)

const ON = (screen: AuditScreen, focus: string | null, code: string | null = null, path: string[] = []): FindingTarget =>
  ({ screen, path, focus, code })

function drillTarget(f: Finding): FindingTarget {
  const code = f.screen.code ?? f.screen.path?.at(-1) ?? null
  return code ? ON('drill', code, code, parentPath(code)) : ON('drill', 'total')
}

/** The first indicator of an indicator group (产出指标 …): its level-1 text begins with the group's name. */
function firstIndicatorOf(ds: Dataset, group: StatedFigure): StatedItem | null {
  const hit = ds.stated.find((s) => s.topic === 'performanceIndicator' && s.measure === 'level1' && isItemOf('i', s.item) && s.text.startsWith(group.name))
  return hit?.item ?? null
}

/** The overall measures about project spending (十三（一）, 十三（三）). */
const PROJECT_MEASURES: ReadonlySet<StatedMeasure> = new Set(['projects', 'projectFunds', 'projectShare', 'projectShareOfProjects'])
/** The measures of a change (against the prior year or the budget). */
const CHANGE_MEASURES: ReadonlySet<StatedMeasure> = new Set(['changeAmount', 'changePct', 'changeVsBudget', 'changeVsBudgetPct'])

function performanceTarget(f: Finding, ds: Dataset | null): FindingTarget {
  const item = f.screen.item
  if (item && (isItemOf('p', item) || isItemOf('i', item))) return ON('performance', item)
  const s = statedAt(ds, f.where[0])
  if (ds && s?.topic === 'performanceIndicator') return ON('performance', isItemOf('i', s.item) ? s.item : firstIndicatorOf(ds, s) ?? 'overall')
  // the overall figures: shares of project spending go to the projects' sum, the rest to the full-year budget
  return ON('performance', s && PROJECT_MEASURES.has(s.measure) ? 'projects' : 'overall')
}

function procurementTarget(f: Finding, ds: Dataset | null): FindingTarget {
  const s = statedAt(ds, f.where[0])
  const item = s?.item ?? f.screen.item ?? 'total'
  if (s?.measure === 'share') return ON('procurement', item)
  return ON('procurement', ['sme', 'smallMicro'].includes(item) ? `amount.${item}` : 'amount.total')
}

/** A stated change of a total with a prior year to compare: the year-over-year series; else the overview's change. */
function changeTarget(ds: Dataset, s: StatedFigure): FindingTarget {
  const hasPrior = ds.stated.some((x) => x.topic === s.topic && x.item === s.item && x.measure === 'prior' && x.value !== null)
  return hasPrior ? ON('yoy', `${s.topic}.${s.item}`) : ON('overview', 'change')
}

function overviewTarget(f: Finding, ds: Dataset | null): FindingTarget {
  const s = statedAt(ds, f.where[0])
  if (ds && s) {
    if (s.topic === 'totals' && CHANGE_MEASURES.has(s.measure)) return changeTarget(ds, s)
    if (s.topic === 'income') return ON('overview', 'income')
    if (s.topic === 'expenditure' && (s.item === 'basic' || s.item === 'project')) return ON('overview', s.item)
    if (s.topic === 'basicSplit') return ON('overview', 'basic')
    return ON('overview', 'expenditure')
  }
  const table = f.screen.table
  if (table === 'income') return ON('overview', 'income')
  if (table === 'gpbBasic') return ON('overview', 'basic')
  const row = rowAt(ds, f.where[0])
  if (row?.code && /^\d{3}$/.test(row.code)) return ON('overview', row.code, row.code)
  return ON('overview', row?.side === 'income' ? 'income' : 'expenditure')
}

function threePublicTarget(f: Finding, ds: Dataset | null): FindingTarget {
  const s = statedAt(ds, f.where[0])
  if (s?.topic === 'operatingCost') return ON('overview', 'operating')
  if (s && s.topic !== 'threePublic') return ON('threePublic', null)
  return ON('threePublic', f.screen.item ?? s?.item ?? 'total')
}

function screenTarget(f: Finding, ds: Dataset | null): FindingTarget {
  const h = f.screen
  const code = h.code ?? null
  switch (h.screen) {
    case 'drill': return drillTarget(f)
    case 'budget': return ON('budget', h.item ?? 'total', code)
    case 'threePublic': return threePublicTarget(f, ds)
    case 'performance': return performanceTarget(f, ds)
    case 'procurement': return procurementTarget(f, ds)
    case 'overview': return overviewTarget(f, ds)
    default: return ON(h.screen, h.item ?? code, code, h.path ?? [])
  }
}

/** The screen, drill level and row or figure a finding concerns. */
export function findingTarget(f: Finding, ds: Dataset | null): FindingTarget {
  const t = screenTarget(f, ds)
  // 06 lists economic codes (301 …), not the functional 类/款/项 of an item page
  return t.code === null && f.screen.code && f.screen.table !== 'gpbBasic' ? { ...t, code: f.screen.code } : t
}

/** Does the finding concern this 类/款/项 (its item page lists it)? */
export function concernsCode(f: Finding, ds: Dataset | null, code: string): boolean {
  return findingTarget(f, ds).code === code
}
