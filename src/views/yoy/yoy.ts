/**
 * 同比变化: every measure the data has for two or more years, and a waterfall of the total's change split into
 * what the reform moved out (the `out` amounts of the report's listed transfers, as stated) and the rest
 * (comparable-basis change, as derived here). A report without transfers out gets no moved step.
 */
import { sumCents, diff } from '@/model/format'
import { topicIndex, fig } from '@/model/stated'
import type { Dataset, SourceRef, StatedFigure } from '@/model/types'
import type { WaterfallStep } from '@/charts/waterfall'
import { transfersOf } from '@/model/narrative/reform'
import { priorRefs, priorYear, type PriorProvenance, type PriorYear } from '@/model/priorYear'
import { departmentSeries, refsOf } from '@/model/deptSeries'
import { keyParts, type YearKey } from '@/model/yearFigures'
import type { StatedItem, StatedTopic } from '@/model/vocabulary'

export interface SeriesPoint {
  year: number
  value: number | null
  /** implied by this year's stated change (not printed) */
  derived: boolean
  /** 'loaded': from that year's loaded report; 'stated'/'derived': this year's report's own account of last year */
  provenance: PriorProvenance
  /** the loaded reports the value was read from ('loaded') */
  datasetIds: string[]
  /** where the value was read */
  refs: SourceRef[]
}

export interface Series {
  id: YearKey
  group: 'totals' | 'threePublic'
  /** the narrative topic and item of the measure */
  topic: StatedTopic
  item: StatedItem
  /** the narrative figures among the points' sources (table cells are in the points' refs) */
  figures: StatedFigure[]
  name: string
  points: SeriesPoint[]
}

/**
 * Measures that can have a value per year; `group` keeps magnitudes apart (totals vs 三公) on separate charts.
 * Their display names come from the caller (i18n `prior.keys.*`), never from here.
 */
const SERIES: { key: YearKey; group: 'totals' | 'threePublic' }[] = [
  { key: 'totals.total', group: 'totals' },
  { key: 'totals.fiscal', group: 'totals' },
  { key: 'totals.gpbExpenditure', group: 'totals' },
  { key: 'threePublic.total', group: 'threePublic' },
  { key: 'threePublic.abroad', group: 'threePublic' },
  { key: 'threePublic.vehicle', group: 'threePublic' },
  { key: 'threePublic.vehicleOperation', group: 'threePublic' },
  { key: 'threePublic.reception', group: 'threePublic' },
  { key: 'operatingCost.total', group: 'threePublic' },
]

/**
 * Series over the loaded years of `current`'s department (model/department.ts, over `all`), each year read the
 * same way (model/yearFigures.ts). The year before `current` comes from its loaded report; only when none is
 * loaded, from `current`'s own account of it (stated, or derived from the stated change), marked so. A measure with
 * fewer than two points is left out. `names` gives the display name of a key (i18n `prior.keys.*`).
 */
export function yoySeries(current: Dataset, all: readonly Dataset[], names: (key: YearKey) => string): Series[] {
  const dept = departmentSeries(current, all, SERIES.map((s) => s.key))
  const prior = priorYear(current, all)
  const out: Series[] = []
  for (const s of SERIES) {
    const points = new Map<number, SeriesPoint>()
    const figures: StatedFigure[] = []
    for (const y of dept.years) {
      const v = y.values[s.key]
      if (v === null || v === undefined) continue
      points.set(y.year, { year: y.year, value: v, derived: false, provenance: 'loaded', datasetIds: y.datasetIds, refs: refsOf(y, s.key) })
      figures.push(...(y.figures[s.key] ?? []).flatMap((f) => (f.stated ? [f.stated] : [])))
    }
    const p = prior.figure(s.key)
    if (!points.has(prior.year) && p.value !== null && p.provenance) {
      points.set(prior.year, {
        year: prior.year, value: p.value, derived: p.provenance === 'derived', provenance: p.provenance, datasetIds: p.datasetIds, refs: priorRefs(p),
      })
      if (p.own) figures.push(p.own)
    }
    if (points.size >= 2) {
      const { topic, item } = keyParts(s.key)
      out.push({ id: s.key, group: s.group, topic, item, figures, name: names(s.key), points: [...points.values()].sort((a, b) => a.year - b.year) })
    }
  }
  return out
}

export interface Bridge {
  prior: number | null
  current: number | null
  change: number | null
  /** where the prior year comes from: the loaded report, or this year's statement */
  provenance: PriorProvenance | null
  /** the loaded reports' ids ('loaded') */
  datasetIds: string[]
  /** Σ of the amounts moved out; null when the report lists none */
  moved: number | null
  /** the printed names of the transfers in `moved` */
  movedNames: string[]
  rest: number | null
  figures: StatedFigure[]
  /** the loaded report's places of the prior figure */
  priorRefs: SourceRef[]
  /** this year's figure when read from a table (a stated one is among `figures`) */
  currentRef: SourceRef | null
}

/**
 * The total's change from last year to this, split into what the reform moved out and the rest. Last year is
 * `prior`'s (the loaded report when there is one); without `prior`, this year's report alone.
 */
export function reformBridge(ds: Dataset, prior: PriorYear = priorYear(ds, [ds])): Bridge {
  const reform = topicIndex(ds.stated, 'reform')
  const totals = topicIndex(ds.stated, 'totals')
  const c = prior.change('totals.total')
  const out = transfersOf(reform).filter((t) => t.out !== null)
  const moved = sumCents(out.map((t) => t.out))
  const rest = moved === null ? null : diff(c.amount, -moved)
  const figures = [
    c.current?.stated ?? null, c.provenance === 'loaded' ? null : fig(totals, 'total', 'changeAmount'),
    ...out.map((t) => fig(reform, t.id, 'out')),
  ]
  return {
    prior: c.prior.value, current: c.current?.value ?? null, change: c.amount, provenance: c.prior.provenance,
    datasetIds: c.prior.datasetIds, moved, movedNames: out.map((t) => t.name), rest,
    figures: figures.filter((f): f is StatedFigure => !!f), priorRefs: c.provenance === 'loaded' ? priorRefs(c.prior) : [],
    currentRef: c.current && !c.current.stated ? c.current.ref : null,
  }
}

export interface BridgeLabels {
  prior: string
  moved: string
  rest: string
  /** the whole change, when nothing moved out is listed */
  change: string
  current: string
  movedNote: string
  restNote: string
}

export function bridgeSteps(b: Bridge, l: BridgeLabels): WaterfallStep[] {
  if (b.prior === null || b.current === null) return []
  const steps: WaterfallStep[] = [{ id: 'prior', name: l.prior, kind: 'level', value: b.prior }]
  if (b.moved !== null && b.rest !== null) {
    steps.push({ id: 'moved', name: l.moved, kind: 'change', value: -b.moved, note: l.movedNote })
    steps.push({ id: 'rest', name: l.rest, kind: 'change', value: b.rest, note: l.restNote })
  } else if (b.change !== null) {
    steps.push({ id: 'change', name: l.change, kind: 'change', value: b.change })
  }
  steps.push({ id: 'current', name: l.current, kind: 'level', value: b.current })
  return steps
}
