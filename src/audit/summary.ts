/**
 * Two-sided summary tables (01 收入支出决算总表, 04 财政拨款收入支出决算总表): figures by item and column.
 * The income side has one amount column; 01's expenditure side too, 04's has 合计 + three fund columns.
 */
import type { ColumnDef, RecognisedTable, Side, TableRow } from '../model/types'
import { cellFig } from './figures'
import { summaryAmountColumn, summaryRow, type ItemRole } from './keys'
import type { Fig } from './numeric'

/** Expenditure-side value columns: 01 → [amount]; 04 → [total, gpb, govFund, stateCapital] (those printed). */
export function expenditureColumns(t: RecognisedTable): ColumnDef[] {
  const keys = new Set<string>()
  for (const r of t.rows) if (r.side === 'expenditure') for (const k of Object.keys(r.cells)) keys.add(k)
  const cols = t.columns.filter((c) => keys.has(c.key))
  const seen = new Set<string>()
  const unique = cols.filter((c) => (seen.has(c.key) ? false : (seen.add(c.key), true)))
  if (unique.length) return unique
  const c = summaryAmountColumn(t, 'expenditure')
  return c ? [c] : []
}

export function incomeColumn(t: RecognisedTable): ColumnDef | null {
  return summaryAmountColumn(t, 'income')
}

export function columnFor(t: RecognisedTable, side: Side, key?: string): ColumnDef | null {
  if (side === 'income') return incomeColumn(t)
  const cols = expenditureColumns(t)
  return (key ? cols.find((c) => c.key === key) : cols[0]) ?? null
}

/** An item's figure; null when the row or column is missing (not printed ≠ blank). */
export function itemFig(t: RecognisedTable, role: ItemRole, side: Side, key?: string): Fig | null {
  const row = summaryRow(t, role)
  const c = columnFor(t, side, key)
  return row && c ? cellFig(t, row, c) : null
}

/** Rows on a side whose item starts with `prefix.` (e.g. carryoverBegin.gpb). */
export function subRows(t: RecognisedTable, side: Side, prefix: string): TableRow[] {
  return t.rows.filter((r) => r.side === side && r.item !== undefined && r.item.startsWith(`${prefix}.`))
}

/** Income-source rows of a summary table: income.* (the three funds or 财政拨款收入, and the other sources). */
export function incomeSourceRows(t: RecognisedTable): TableRow[] {
  const rows = subRows(t, 'income', 'income')
  const hasFunds = rows.some((r) => /^income\.(gpb|govFund|stateCapital)$/.test(r.item ?? ''))
  return hasFunds ? rows.filter((r) => r.item !== 'income.fiscal') : rows
}
