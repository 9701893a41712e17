/** Reading the stated (narrative) figures by topic → item → measure. Pure. */
import type { StatedFigure } from './types'
import type { StatedItem, StatedMeasure, StatedTopic } from './vocabulary'

export type TopicIndex = Map<StatedItem, Map<StatedMeasure, StatedFigure>>

/** Items of one topic in file order, each with its measures. The first figure per item+measure wins. */
export function topicIndex(stated: readonly StatedFigure[], topic: StatedTopic): TopicIndex {
  const out: TopicIndex = new Map()
  for (const f of stated) {
    if (f.topic !== topic) continue
    let m = out.get(f.item)
    if (!m) out.set(f.item, (m = new Map()))
    if (!m.has(f.measure)) m.set(f.measure, f)
  }
  return out
}

export function num(idx: TopicIndex, item: StatedItem, measure: StatedMeasure): number | null {
  return idx.get(item)?.get(measure)?.value ?? null
}

export function text(idx: TopicIndex, item: StatedItem, measure: StatedMeasure): string | null {
  return idx.get(item)?.get(measure)?.text ?? null
}

/** The figure as the report prints it (e.g. '98.90' for 98.9): for showing stated values unaltered. */
export function printed(idx: TopicIndex, item: StatedItem, measure: StatedMeasure): string | null {
  const f = idx.get(item)?.get(measure)
  return f && f.value !== null ? f.text : null
}

export function fig(idx: TopicIndex, item: StatedItem, measure: StatedMeasure): StatedFigure | null {
  return idx.get(item)?.get(measure) ?? null
}

/** Every figure of the given topic indexes, in file order. */
export function figuresOf(...indexes: TopicIndex[]): StatedFigure[] {
  return indexes.flatMap((idx) => [...idx.values()].flatMap((m) => [...m.values()]))
}

/** "出处" list of the figures used, for a panel's source note. */
export function sections(figures: (StatedFigure | null | undefined)[]): string {
  const seen = new Set<string>()
  for (const f of figures) if (f?.source.section) seen.add(f.source.section)
  return [...seen].join('；')
}
