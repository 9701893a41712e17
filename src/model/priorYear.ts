/**
 * "The prior year" of a department-year: one answer for every screen and for 数据核对. Pure.
 *
 * Where the prior year's report of the same department (model/department.ts) is loaded, its figures are the prior
 * year ('loaded', with the dataset ids; two reports of a merged department are summed). Only where none is loaded
 * does this year's own account stand in: a printed 上年数 ('stated') or this year's figure minus the stated change
 * ('derived', see dataset.ts). This year's own account is always returned beside the loaded figure, so screens can
 * say that the two differ and the audit can check it (audit/rules/cross-year.ts).
 */
import { departmentDatasets } from './department'
import { drillPath } from './classification'
import { diff, pct, ratio, sumCents } from './format'
import { buildTree, expenditureTable, nodeAt, type ClassTree } from './tree'
import type { Dataset, RecognisedTable, SourceRef, StatedFigure, TableKind } from './types'
import { keyParts, printedStated, statedYearFigure, YEAR_KEYS, yearFigure, type YearFigure, type YearKey } from './yearFigures'

export type PriorProvenance = 'loaded' | 'stated' | 'derived'

export interface PriorFigure {
  key: YearKey
  year: number
  /** the prior year's figure; null when neither a loaded report nor this year's report gives one */
  value: number | null
  provenance: PriorProvenance | null
  /** 'loaded': the loaded reports' figures (one per report) and their ids */
  loaded: YearFigure[]
  datasetIds: string[]
  /** this year's report's own prior-year figure (printed 上年数, or derived from the stated change), if any */
  own: StatedFigure | null
  ownProvenance: 'stated' | 'derived' | null
  /** own − loaded (万元, on cents) when both exist; 0 = they agree */
  ownDiff: number | null
}

export interface PriorChange {
  key: YearKey
  /** this year's figure the change is taken from */
  current: YearFigure | null
  prior: PriorFigure
  /** current − prior; from the loaded report ('loaded') or as this year's report states it */
  amount: number | null
  /** percent (20.4 = 20.4 %) */
  pct: number | null
  /** the percent as printed, when the change is this year's stated one */
  pctText: string | null
  provenance: PriorProvenance | null
  /** this year's printed change and percent */
  statedAmount: StatedFigure | null
  statedPct: StatedFigure | null
}

export interface PriorYear {
  year: number
  /** the loaded reports of the prior year of this department (two or more when departments merged) */
  datasets: Dataset[]
  figure(key: YearKey): PriorFigure
  change(key: YearKey): PriorChange
  /** keys whose loaded prior-year figure differs from this year's own account of it */
  differing(): YearKey[]
}

/**
 * The loaded reports of the year before `current` of the same department. Datasets and the lists of them are
 * replaced, never changed, so the answer is kept per list and dataset: a drill level asks once per row.
 */
const priorOf = new WeakMap<readonly Dataset[], WeakMap<Dataset, Dataset[]>>()
function priorDatasets(current: Dataset, all: readonly Dataset[]): Dataset[] {
  let byCurrent = priorOf.get(all)
  if (!byCurrent) priorOf.set(all, (byCurrent = new WeakMap()))
  let prior = byCurrent.get(current)
  if (!prior) {
    prior = departmentDatasets(current, all).filter((d) => d.meta.year === current.meta.year - 1 && d.meta.id !== current.meta.id)
    byCurrent.set(current, prior)
  }
  return prior
}

function ownPrior(current: Dataset, key: YearKey): StatedFigure | null {
  const { topic, item } = keyParts(key)
  return current.stated.find((f) => f.topic === topic && f.item === item && f.measure === 'prior' && f.value !== null) ?? null
}

function priorFigure(current: Dataset, prior: readonly Dataset[], key: YearKey): PriorFigure {
  const year = current.meta.year - 1
  const own = ownPrior(current, key)
  const ownProvenance = own ? (own.derived ? 'derived' : 'stated') : null
  const figs = prior.map((d) => yearFigure(d, key))
  const loaded = figs.every((f): f is YearFigure => f !== null) && figs.length > 0 ? figs : []
  if (loaded.length) {
    const value = sumCents(loaded.map((f) => f.value))
    return {
      key, year, value, provenance: 'loaded', loaded, datasetIds: prior.map((d) => d.meta.id), own, ownProvenance,
      ownDiff: own ? diff(own.value, value) : null,
    }
  }
  return { key, year, value: own?.value ?? null, provenance: ownProvenance, loaded: [], datasetIds: [], own, ownProvenance, ownDiff: null }
}

function priorChange(current: Dataset, p: PriorFigure): PriorChange {
  const { topic, item, measure } = keyParts(p.key)
  const statedAmount = printedStated(current, topic, item, 'changeAmount')
  const statedPct = printedStated(current, topic, item, 'changePct')
  if (p.provenance === 'loaded') {
    const cur = yearFigure(current, p.key)
    const amount = cur ? diff(cur.value, p.value) : null
    return { key: p.key, current: cur, prior: p, amount, pct: pct(ratio(amount, p.value)), pctText: null, provenance: 'loaded', statedAmount, statedPct }
  }
  // this year's own account: the figure the stated change belongs to, so prior + change = current as printed
  const attached = printedStated(current, topic, item, measure)
  const cur = attached ? statedYearFigure(p.key, attached) : yearFigure(current, p.key)
  const amount = statedAmount?.value ?? (cur ? diff(cur.value, p.value) : null)
  const computedPct = pct(ratio(amount, p.value))
  return {
    key: p.key, current: cur, prior: p, amount, pct: statedPct?.value ?? computedPct, pctText: statedPct?.text ?? null,
    provenance: statedAmount ? 'stated' : p.provenance, statedAmount, statedPct,
  }
}

/** The prior year of `current`, given every loaded dataset (bundled and imported; `current` may be among them). */
export function priorYear(current: Dataset, all: readonly Dataset[]): PriorYear {
  const datasets = priorDatasets(current, all)
  const figures = new Map<YearKey, PriorFigure>()
  const figure = (key: YearKey): PriorFigure => {
    let f = figures.get(key)
    if (!f) figures.set(key, (f = priorFigure(current, datasets, key)))
    return f
  }
  return {
    year: current.meta.year - 1,
    datasets,
    figure,
    change: (key) => priorChange(current, figure(key)),
    differing: () => YEAR_KEYS.filter((k) => {
      const d = figure(k).ownDiff
      return d !== null && d !== 0
    }),
  }
}

/** Where a prior figure stands, for a source note: the loaded report's cells, or this year's statement. */
export function priorRefs(p: PriorFigure): SourceRef[] {
  if (p.provenance === 'loaded') return p.loaded.map((f) => f.ref)
  return p.own ? [p.own.source] : []
}

export interface PriorLine {
  year: number
  value: number | null
  provenance: PriorProvenance | null
  datasetIds: string[]
  refs: SourceRef[]
}

const trees = new WeakMap<RecognisedTable, ClassTree>()
function treeOf(t: RecognisedTable): ClassTree {
  let tree = trees.get(t)
  if (!tree) trees.set(t, (tree = buildTree(t)))
  return tree
}

/**
 * A 类/款/项 line's prior-year amount by classification code: the loaded prior report's line first (its printed
 * row, or the sum of its printed children when the level is not printed), in the table `kind` (default: the
 * drill-down's table, 03 else 05); else this year's report's own 上年数 for that code, if it states one.
 */
export function priorLineAmount(current: Dataset, all: readonly Dataset[], code: string, measure = 'total', kind?: TableKind): PriorLine {
  const year = current.meta.year - 1
  const prior = priorDatasets(current, all)
  if (prior.length) {
    const found = prior.map((d) => {
      const t = kind ? d.tables[kind] : expenditureTable(d)
      const node = t && !t.empty ? nodeAt(treeOf(t), drillPath(code)) : null
      const v = node?.values[measure]
      return t && node && v !== null && v !== undefined ? { v, ref: { file: t.file, line: node.line ?? 0, field: measure, section: `${t.marker ?? t.title} ${code}` } } : null
    })
    if (found.every((x) => x !== null)) {
      return { year, value: sumCents(found.map((x) => x!.v)), provenance: 'loaded', datasetIds: prior.map((d) => d.meta.id), refs: found.map((x) => x!.ref) }
    }
  }
  const own = current.stated.find((f) => f.code === code && f.measure === 'prior' && f.value !== null)
  return own
    ? { year, value: own.value, provenance: own.derived ? 'derived' : 'stated', datasetIds: [], refs: [own.source] }
    : { year, value: null, provenance: null, datasetIds: [], refs: [] }
}
