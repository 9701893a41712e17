/**
 * 同比变化: every measure the data has for two or more years, and a waterfall of the total's change split into
 * what the reform moved out (the `out` amounts of the report's listed transfers, as stated) and the rest
 * (comparable-basis change, as derived here). A report without transfers out gets no moved step.
 */
import { sumCents, diff } from '@/model/format'
import { topicIndex, num, fig } from '@/model/stated'
import type { Dataset, StatedFigure } from '@/model/types'
import type { WaterfallStep } from '@/charts/waterfall'
import { transfersOf } from '@/model/narrative/reform'

export interface SeriesPoint {
  year: number
  value: number | null
  derived: boolean
}

export interface Series {
  id: string
  group: 'totals' | 'threePublic'
  /** the figures the points come from (for the source note) */
  figures: StatedFigure[]
  topic: string
  item: string
  name: string
  points: SeriesPoint[]
}

/** Measures that can have a value per year; `group` keeps magnitudes apart (totals vs 三公) on separate charts. */
const SERIES: { topic: string; item: string; measure: string; group: 'totals' | 'threePublic' }[] = [
  { topic: 'totals', item: 'total', measure: 'amount', group: 'totals' },
  { topic: 'totals', item: 'fiscal', measure: 'amount', group: 'totals' },
  { topic: 'totals', item: 'gpbExpenditure', measure: 'amount', group: 'totals' },
  { topic: 'threePublic', item: 'total', measure: 'actual', group: 'threePublic' },
  { topic: 'threePublic', item: 'abroad', measure: 'actual', group: 'threePublic' },
  { topic: 'threePublic', item: 'vehicle', measure: 'actual', group: 'threePublic' },
  { topic: 'threePublic', item: 'vehicleOperation', measure: 'actual', group: 'threePublic' },
  { topic: 'threePublic', item: 'reception', measure: 'actual', group: 'threePublic' },
]

/**
 * Series over the datasets of one department (sorted by year); the year before the first one is added from the
 * stated change when printed, marked derived. A measure with fewer than two points is left out.
 */
export function yoySeries(datasets: readonly Dataset[]): Series[] {
  const sorted = [...datasets].sort((a, b) => a.meta.year - b.meta.year)
  const out: Series[] = []
  for (const s of SERIES) {
    const points = new Map<number, SeriesPoint>()
    let name = ''
    const figures: StatedFigure[] = []
    for (const ds of sorted) {
      const f = topicIndex(ds.stated, s.topic).get(s.item)
      const cur = f?.get(s.measure)
      if (!cur || cur.value === null) continue
      name = cur.name
      figures.push(cur)
      points.set(ds.meta.year, { year: ds.meta.year, value: cur.value, derived: false })
      const prior = f?.get('prior')
      if (prior && prior.value !== null && !points.has(ds.meta.year - 1)) points.set(ds.meta.year - 1, { year: ds.meta.year - 1, value: prior.value, derived: true })
    }
    if (points.size >= 2) {
      out.push({ id: `${s.topic}.${s.item}`, group: s.group, topic: s.topic, item: s.item, name, figures, points: [...points.values()].sort((a, b) => a.year - b.year) })
    }
  }
  return out
}

export interface Bridge {
  prior: number | null
  current: number | null
  change: number | null
  /** Σ of the amounts moved out; null when the report lists none */
  moved: number | null
  /** the printed names of the transfers in `moved` */
  movedNames: string[]
  rest: number | null
  figures: StatedFigure[]
}

export function reformBridge(ds: Dataset): Bridge {
  const totals = topicIndex(ds.stated, 'totals')
  const reform = topicIndex(ds.stated, 'reform')
  const current = num(totals, 'total', 'amount')
  const change = num(totals, 'total', 'changeAmount')
  const prior = num(totals, 'total', 'prior')
  const out = transfersOf(reform).filter((t) => t.out !== null)
  const moved = sumCents(out.map((t) => t.out))
  const rest = moved === null ? null : diff(change, -moved)
  const figures = [fig(totals, 'total', 'amount'), fig(totals, 'total', 'changeAmount'), ...out.map((t) => fig(reform, t.id, 'out'))]
  return { prior, current, change, moved, movedNames: out.map((t) => t.name), rest, figures: figures.filter((f): f is StatedFigure => !!f) }
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
