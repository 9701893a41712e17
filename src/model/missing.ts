/**
 * What a department-year's report did not publish: one answer for the overview's list, each screen's "which table
 * would fill it" notice and the 审议简报. Pure.
 *
 * A standard table (公开01–09, by kind: provinces number them differently) is
 * - 'absent'   when no file of it was read;
 * - 'unusable' when its file was read but refused whole (src/model/unusable.ts says why);
 * - 'empty'    when it was published without a single figure: no rows (the seed's 公开06表), or only blank cells.
 * An empty table may print its own reason under it ("本表无数据" and the like); that note is kept as printed, as data.
 */
import { saysNoData } from '../import/text'
import { TABLE_KINDS, type Dataset, type FileReport, type RecognisedTable, type TableKind } from './types'
import type { StatedTopic } from './vocabulary'

export type MissingStatus = 'absent' | 'unusable' | 'empty'

export interface MissingTable {
  kind: TableKind
  status: MissingStatus
  /** the file it was read from (unusable, empty), else null */
  file: string | null
  /** the marker as printed (公开06表), else null */
  marker: string | null
  /** the report's own note saying why the table is empty, as printed; null when it says nothing */
  note: string | null
}

/** True when the table holds no figure: no rows, or every cell blank. A printed 0.00 is a figure. */
function holdsNoFigure(t: RecognisedTable): boolean {
  return t.rows.every((r) => Object.values(r.values).every((v) => v === null))
}

/**
 * The standard tables of `ds` that are absent, unusable or empty, in the order 01–09 (by kind).
 * `files` (the import's file reports) tell an unusable table from an absent one.
 */
export function missingTables(ds: Dataset, files: readonly FileReport[] = []): MissingTable[] {
  const out: MissingTable[] = []
  for (const kind of TABLE_KINDS) {
    const t = ds.tables[kind]
    if (!t) {
      const refused = files.find((f) => f.recognisedAs === kind)
      out.push({ kind, status: refused ? 'unusable' : 'absent', file: refused?.file ?? null, marker: null, note: null })
      continue
    }
    // `empty`: the importer read no row, or the table says "本表无数据" (the seed's 公开08表 says so beside a 0.00)
    if (!t.empty && !holdsNoFigure(t)) continue
    out.push({ kind, status: 'empty', file: t.file, marker: t.marker, note: t.notes.find(saysNoData) ?? null })
  }
  return out
}

/** Missing tables the report does not explain: absent or unusable, or empty without a note saying why. */
export const unexplained = (m: readonly MissingTable[]): MissingTable[] => m.filter((x) => x.status !== 'empty' || x.note === null)

/** Where a screen's figures come from: one of `tables` (any one fills it), or a topic of the narrative (说明数据). */
export type ScreenSource = { tables: readonly TableKind[] } | { topic: StatedTopic }

/** A source the dataset lacks: the tables that would fill it (with what happened to each), or a narrative topic. */
export type SourceGap = { tables: MissingTable[] } | { topic: StatedTopic }

/** The sources of a screen that `ds` lacks; empty when the screen has what it needs. */
export function sourceGaps(ds: Dataset, sources: readonly ScreenSource[], files: readonly FileReport[] = []): SourceGap[] {
  const missing = new Map(missingTables(ds, files).map((m) => [m.kind, m]))
  const gaps: SourceGap[] = []
  for (const s of sources) {
    if ('topic' in s) {
      if (!ds.stated.some((f) => f.topic === s.topic)) gaps.push({ topic: s.topic })
    } else if (s.tables.length && s.tables.every((k) => missing.has(k))) {
      gaps.push({ tables: s.tables.map((k) => missing.get(k)!) })
    }
  }
  return gaps
}
