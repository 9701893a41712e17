/** Assemble a Dataset from an import result. Pure; the result's arrays are taken over, not copied. */
import type { Dataset, DatasetMeta, ImportResult, RecognisedTable, StatedFigure, TableKind } from './types'
import type { StatedItem, StatedMeasure, StatedTopic } from './vocabulary'

export function datasetId(department: string, year: number): string {
  let h = 0
  for (const ch of department) h = (h * 31 + ch.codePointAt(0)!) >>> 0
  return `d${h.toString(36)}-${year}`
}

export function buildDataset(result: ImportResult, meta: DatasetMeta): Dataset {
  const tables: Partial<Record<TableKind, RecognisedTable>> = {}
  for (const t of result.tables) tables[t.kind] = t
  return {
    meta,
    tables,
    stated: withDerivedPriorYear(result.stated),
    files: result.files.map((f) => f.file),
  }
}

/**
 * Prior-year figures the report implies but does not print: prior = this year − stated change.
 * Added as `derived: true` figures with measure 'prior'; never replaces a printed figure.
 */
function withDerivedPriorYear(stated: StatedFigure[]): StatedFigure[] {
  const out = stated.slice()
  const key = (f: StatedFigure) => `${f.topic}|${f.item}`
  const byItem = new Map<string, StatedFigure[]>()
  for (const f of stated) {
    const list = byItem.get(key(f)) ?? []
    list.push(f)
    byItem.set(key(f), list)
  }
  for (const list of byItem.values()) {
    if (list.some((f) => f.measure === 'prior')) continue
    const change = list.find((f) => f.measure === 'changeAmount' && f.value !== null)
    const current = list.find((f) => (f.measure === 'actual' || f.measure === 'amount') && f.value !== null)
    if (!change || !current) continue
    const prior = (Math.round(current.value! * 100) - Math.round(change.value! * 100)) / 100
    out.push({
      topic: current.topic, item: current.item, code: current.code, name: current.name,
      measure: 'prior', value: prior, text: prior.toFixed(2), unit: current.unit,
      source: { ...change.source }, derived: true,
    })
  }
  return out
}

/** First stated figure for topic/item/measure, or undefined. */
export function statedFigure(
  stated: readonly StatedFigure[], topic: StatedTopic, item: StatedItem, measure: StatedMeasure,
): StatedFigure | undefined {
  return stated.find((f) => f.topic === topic && f.item === item && f.measure === measure)
}

export function statedValue(
  stated: readonly StatedFigure[], topic: StatedTopic, item: StatedItem, measure: StatedMeasure,
): number | null {
  return statedFigure(stated, topic, item, measure)?.value ?? null
}
