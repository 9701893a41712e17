/**
 * Stated (narrative) figures for the audit: lookups by topic/item/measure (printed figures only —
 * derived ones are never audited as if printed) and the screen each topic belongs to.
 */
import type { Dataset, StatedFigure } from '../model/types'
import type { StatedItem, StatedMeasure, StatedTopic } from '../model/vocabulary'
import { statedFig } from './figures'
import type { Fig } from './numeric'
import type { ScreenHint } from './types'

export function stated(ds: Dataset, topic: StatedTopic, item: StatedItem, measure: StatedMeasure): StatedFigure | undefined {
  return ds.stated.find((f) => !f.derived && f.topic === topic && f.item === item && f.measure === measure)
}

/** All printed figures of a topic/item/measure (a figure may be printed more than once). */
export function statedAll(ds: Dataset, topic: StatedTopic, item: StatedItem, measure: StatedMeasure): StatedFigure[] {
  return ds.stated.filter((f) => !f.derived && f.topic === topic && f.item === item && f.measure === measure)
}

export function sFig(ds: Dataset, topic: StatedTopic, item: StatedItem, measure: StatedMeasure): Fig | null {
  return statedFig(stated(ds, topic, item, measure))
}

/** Item keys of a topic, in the order first printed. */
export function itemsOf(ds: Dataset, topic: StatedTopic, filter?: (item: StatedItem) => boolean): StatedItem[] {
  const out: StatedItem[] = []
  for (const f of ds.stated) {
    if (f.topic === topic && !f.derived && !out.includes(f.item) && (!filter || filter(f.item))) out.push(f.item)
  }
  return out
}

/** Performance projects: items of topic 'performance' that carry a budget or an executed amount. */
export function projectItems(ds: Dataset): StatedItem[] {
  return itemsOf(ds, 'performance', (item) => item !== 'overall').filter(
    (item) => stated(ds, 'performance', item, 'executed') !== undefined || stated(ds, 'performance', item, 'budget') !== undefined,
  )
}

const TOPIC_SCREEN: Record<StatedTopic, ScreenHint['screen']> = {
  totals: 'overview', income: 'overview', expenditure: 'overview', basicSplit: 'overview', assets: 'overview',
  classStructure: 'drill', budgetExecution: 'budget', threePublic: 'threePublic', operatingCost: 'threePublic',
  meeting: 'threePublic', procurement: 'procurement', reform: 'reform', staffing: 'reform',
  performance: 'performance', performanceIndicator: 'performance',
}

export function topicScreen(topic: StatedTopic, item?: StatedItem, code?: string | null): ScreenHint {
  const screen = TOPIC_SCREEN[topic]
  if (screen === 'drill' && code) return { screen, path: [code.slice(0, 3)], code }
  if (screen === 'budget' && code) return { screen, code, ...(item ? { item } : {}) }
  return item ? { screen, item } : { screen }
}
