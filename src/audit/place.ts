/**
 * Where a figure was printed, said as a reader finds it in the report: a stated figure by its quote and the
 * report section it stands in (the 出处 column of 说明数据.csv, e.g. “第三部分 五（三）第3项”); a table cell by
 * the table, row and column header. The transcription's file and line stay beside it. Pure, no Vue.
 */
import type { Dataset, SourceRef, StatedFigure } from '../model/types'
import { statedAt } from './target'
import type { Finding } from './types'

export type Place =
  | { kind: 'stated'; quote: string; section: string | null; file: string; line: number }
  | { kind: 'table'; row: string | null; field: string | null; file: string; line: number; column: number | null }

/** The place of a stated figure (printed at `ref`, by default its own source): its quote and section. */
export const statedPlace = (s: StatedFigure, ref: SourceRef = s.source): Place =>
  ({ kind: 'stated', quote: s.quote || s.text, section: s.source.section ?? ref.section ?? null, file: ref.file, line: ref.line })

export function placeOf(ds: Dataset | null, ref: SourceRef): Place {
  const s = statedAt(ds, ref)
  if (s) return statedPlace(s, ref)
  return { kind: 'table', row: ref.section ?? null, field: ref.field ?? null, file: ref.file, line: ref.line, column: ref.column ?? null }
}

/** Every place of a finding, the checked figure first; one entry per distinct place. */
export function placesOf(f: Finding, ds: Dataset | null): Place[] {
  const seen = new Set<string>()
  const out: Place[] = []
  for (const w of f.where) {
    const key = `${w.file}:${w.line}:${w.column ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(placeOf(ds, w))
  }
  return out
}

/** "file:line[:column]" — the transcription's place, shown small beside the report's. */
export const fileLine = (p: Place): string => `${p.file}${p.line ? `:${p.line}` : ''}${p.kind === 'table' && p.column ? `:${p.column}` : ''}`

/** What a place names, each part as printed: a stated figure's section; a table cell's row and column header. */
export function placeParts(p: Place): string[] {
  return (p.kind === 'stated' ? [p.section] : [p.row, p.field]).filter((x): x is string => !!x)
}

/** One line of text for a place (CSV, titles): «quote»（section）or “row · field”. */
export function placeText(p: Place): string {
  if (p.kind === 'stated') return `“${p.quote}”${p.section ? `（${p.section}）` : ''}`
  return [p.row, p.field?.replace(/[\s\u3000]+/g, '').replace(/\//g, '·')].filter(Boolean).join(' · ') || fileLine(p)
}
