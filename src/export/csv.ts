/**
 * CSV of exactly what a panel shows, written by Papa.unparse. UTF-8 with BOM so Excel opens Chinese text correctly.
 *
 * Formula-injection guard: a cell starting with = + - @, tab or CR gets a leading apostrophe (Papa's
 * `escapeFormulae`), except a cell that is exactly a negative decimal number: amounts such as -381.72 stay
 * numbers a spreadsheet can add up (a plain number cannot run anything). Amounts are written in the display
 * unit with its decimals, stated figures as printed ('98.90'), no thousands separators.
 */
import Papa from 'papaparse'
import type { Cell, CellKind, TableSpec } from '@/model/tableSpec'

/** What Papa neutralises: a formula starter, unless the whole cell is a negative decimal number. */
const FORMULA = /^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/

/** Amounts are held in 万元; `factor`/`decimals` give the display unit (元 ×10000, 0 decimals; 亿元 ×0.0001, 6). */
export interface AmountUnit {
  factor: number
  decimals: number
}

const WAN: AmountUnit = { factor: 1, decimals: 2 }

function cell(value: Cell | undefined, kind: CellKind, unit: AmountUnit): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    return kind === 'amount' ? (value * unit.factor).toFixed(unit.decimals) : String(value)
  }
  return value
}

/** rows → CSV text. `preamble` lines (title, unit, source) go above the header, one cell each. */
export function toCsv(spec: TableSpec, preamble: string[] = [], unit: AmountUnit = WAN): string {
  const rows: string[][] = [
    ...preamble.map((p) => [p]),
    spec.columns.map((c) => c.label),
    ...spec.rows.map((row) => spec.columns.map((c) => cell(row[c.key], c.kind, unit))),
  ]
  return '\uFEFF' + Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA }) + '\r\n'
}
