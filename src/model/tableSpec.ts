/**
 * The table model of every screen: what a panel's table view shows and its CSV export writes.
 * Pure data (no Vue): view models build it, DataTable renders it, export/csv.ts writes it.
 */
import { hasMarks, unmark, type Part } from '../i18n/text'

/** percent: computed, shown to 0.01 pp; statedPercent: as the report prints it (5.3 → 5.3%) */
export type CellKind = 'text' | 'amount' | 'percent' | 'statedPercent' | 'number'

export interface TableColumn {
  key: string
  label: string
  kind: CellKind
  /** text as printed in the report (names, places, quotes): shown as printed and marked lang="zh" */
  printed?: boolean
}

export type Cell = string | number | null

export interface TableSpec {
  columns: TableColumn[]
  rows: Record<string, Cell>[]
  /**
   * How text cells whose words mix languages are shown (row by row, by column key): runs with the printed names
   * marked (src/i18n/text.ts). The table shows these; CSV writes `rows`.
   */
  runs?: Array<Record<string, Part[]> | undefined>
}

/** The spec with plain text cells: printed names marked inside a cell (i18n/text.ts `mark`) lose their marks (CSV). */
export function unmarkSpec(spec: TableSpec): TableSpec {
  const plain = (c: Cell): Cell => (typeof c === 'string' && hasMarks(c) ? unmark(c) : c)
  return { ...spec, rows: spec.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)]))) }
}
