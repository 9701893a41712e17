/**
 * CSV of exactly what a panel shows. Formula-injection safe: a text cell starting with = + - @, tab or CR
 * gets a leading apostrophe; numbers stay numbers (written plainly, no thousands separators).
 * UTF-8 with BOM so Excel opens Chinese text correctly.
 */
import type { Cell, CellKind, TableSpec } from '@/model/tableSpec'

const RISKY = /^[=+\-@\t\r]/

export function safeText(s: string): string {
  return RISKY.test(s) ? `'${s}` : s
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Amounts are held in 万元; `factor`/`decimals` give the display unit (元 ×10000, 0 decimals; 亿元 ×0.0001, 6). */
export interface AmountUnit {
  factor: number
  decimals: number
}

const WAN: AmountUnit = { factor: 1, decimals: 2 }

function cell(value: Cell, kind: CellKind, unit: AmountUnit): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    return kind === 'amount' ? (value * unit.factor).toFixed(unit.decimals) : String(value)
  }
  // a stated figure passed as printed text ('98.90', '-6.97') stays a number in the CSV
  if (kind !== 'text' && /^-?\d+(\.\d+)?$/.test(value)) return value
  return quote(safeText(value))
}

/** rows → CSV text. `preamble` lines (title, unit, source) go above the header, each safe-quoted. */
export function toCsv(spec: TableSpec, preamble: string[] = [], unit: AmountUnit = WAN): string {
  const lines = preamble.map((p) => quote(safeText(p)))
  lines.push(spec.columns.map((c) => quote(safeText(c.label))).join(','))
  for (const row of spec.rows) lines.push(spec.columns.map((c) => cell(row[c.key] ?? null, c.kind, unit)).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
