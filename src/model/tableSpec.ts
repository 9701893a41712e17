/**
 * The table model of every screen: what a panel's table view shows and its CSV export writes.
 * Pure data (no Vue): view models build it, DataTable renders it, export/csv.ts writes it.
 */
/** percent: computed, shown to 0.01 pp; statedPercent: as the report prints it (5.3 → 5.3%) */
export type CellKind = 'text' | 'amount' | 'percent' | 'statedPercent' | 'number'

export interface TableColumn {
  key: string
  label: string
  kind: CellKind
}

export type Cell = string | number | null

export interface TableSpec {
  columns: TableColumn[]
  rows: Record<string, Cell>[]
}
