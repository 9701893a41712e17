/**
 * Figures as the audit sees them: a value, the decimals it was printed with, where it stands and a label.
 * Table cells carry the table's precision; stated (narrative) figures the precision of their printed text.
 */
import type { ColumnDef, RecognisedTable, SourceRef, StatedFigure, TableRow } from '../model/types'
import type { StatedMeasure } from '../model/vocabulary'
import type { Fig } from './numeric'
import { TABLE_NAMES } from '../model/tableNames'
import { printed, text, type Param } from '../i18n/text'

/** '公开03表' when printed (kept as printed; English adds the table's name), else the table's standard name. */
export function tableLabel(t: RecognisedTable): Param {
  const name = text(`table.${t.kind}`)
  return t.marker ? text('label.tableMarker', { marker: printed(t.marker), kind: name }) : name
}

/** '2010201 行政运行' / '合计' / '本年支出合计' */
export function rowLabel(row: TableRow): Param {
  const name = row.name.trim()
  if (row.code) return name ? text('label.codeRow', { code: row.code, name: printed(name) }) : row.code
  return name ? printed(name) : row.isTotal ? text('label.total') : text('label.line', { n: row.line })
}

/** The row's place as plain Chinese text (SourceRef.section). */
function rowSection(t: RecognisedTable, row: TableRow): string {
  const name = row.code ? `${row.code} ${row.name}`.trim() : row.name.trim() || (row.isTotal ? '合计' : `第 ${row.line} 行`)
  return `${t.marker ?? TABLE_NAMES[t.kind]} ${name}`
}

function shortHeader(col: ColumnDef): Param {
  const parts = col.header.split('/').map((s) => s.replace(/[\s\u3000]+/g, '')).filter(Boolean)
  return parts.length ? printed(parts.join('·')) : col.key
}

/**
 * The figure in a cell; null when the table has no such column. A blank cell (null) becomes
 * 0 with `blank: true` — blanks count as 0 only inside sums, the message says so. A blank is exactly
 * nothing (no rounding half-unit); a printed 0.00 is a rounded figure like any other.
 */
export function cellFig(t: RecognisedTable, row: TableRow, col: ColumnDef | string): Fig | null {
  const def = typeof col === 'string' ? t.columns.find((x) => x.key === col) : col
  if (!def) return null
  // two-sided tables print the same key on both sides: take the column this row's cell stands in
  const c = t.columns.find((x) => x.key === def.key && x.column === row.cells[def.key]) ?? def
  const v = row.values[c.key]
  // a cell the row does not print at all (a header label in its place): no figure, not a blank
  if (v === undefined && !(c.key in row.cells)) return null
  const ref: SourceRef = {
    file: t.file, line: row.line, column: row.cells[c.key] ?? c.column, field: c.header,
    section: rowSection(t, row),
  }
  const cell = { table: tableLabel(t), row: rowLabel(row), column: t.columns.length > 1 ? shortHeader(c) : null }
  const label = cell.column === null
    ? text('label.cellRow', { table: cell.table, row: cell.row })
    : text('label.cell', { table: cell.table, row: cell.row, column: cell.column })
  if (v === null || v === undefined) return { value: 0, precision: t.precision, ref, label, cell, blank: true, exact: true }
  return { value: v, precision: t.precision, ref, label, cell }
}

/** Narrative amounts strip trailing zeros ("8万元" for 8.00): read them at least at 0.01 万元. */
const STATED_AMOUNT_MIN_DECIMALS = 2

/** Scores are given to one decimal (自评表: 得分精确到小数点后一位); "20" is 20.0 with the zero dropped. */
const STATED_SCORE_MIN_DECIMALS = 1
/** 分值 (weights) are assigned, not measured: exact. */
const EXACT_SCORE_MEASURES: ReadonlySet<StatedMeasure> = new Set(['weight'])

const COUNT_UNITS = new Set(['人', '个', '辆', '人次', '台', '套', '台（套）', '件', '项', '次'])

/** Decimals of the number printed in `text` that equals `value` (else the last number printed). */
function printedDecimals(text: string, value: number): number {
  const nums = [...text.replace(/，/g, ',').matchAll(/\d[\d,]*(?:\.(\d+))?/g)]
  const hit = nums.find((m) => Math.abs(Number(m[0].replace(/,/g, '')) - Math.abs(value)) < 1e-9) ?? nums[nums.length - 1]
  return hit?.[1]?.length ?? 0
}

/** Measures named in labels (catalogue key `measure.<m>`); amount and count go by the item's name alone. */
const NAMED_MEASURES: ReadonlySet<StatedMeasure> = new Set([
  'actual', 'budget', 'rate', 'changeAmount', 'changePct', 'share', 'score', 'weight', 'prior', 'adjustment',
  'executed', 'executedAlt', 'shareOfTotal', 'changeVsBudget', 'changeVsBudgetPct',
])
const UNNAMED_MEASURES: ReadonlySet<StatedMeasure> = new Set(['amount', 'count'])

/** Short name of a stated figure: its printed name and measure, or its quote when the measure has no name. */
function statedShort(f: StatedFigure): Param {
  const name = f.name.trim()
  if (NAMED_MEASURES.has(f.measure)) {
    const m = text(`measure.${f.measure}`)
    return name ? text('label.statedMeasure', { name: printed(name), measure: m }) : m
  }
  if (UNNAMED_MEASURES.has(f.measure)) return printed(name)
  return text('label.quote', { quote: printed(f.quote ?? f.text) })
}

/** Where in the narrative: 说明「第三部分 五（三）」 plus the given short name. */
function statedPlace(f: StatedFigure, short: Param): Param {
  return f.source.section ? text('label.statedIn', { section: printed(f.source.section), short }) : text('label.stated', { short })
}

const statedLabel = (f: StatedFigure): Param => statedPlace(f, statedShort(f))

/** The stated item without its measure: 说明「第三部分 五（三）第8项」 住房保障支出（类）… */
export const statedItemLabel = (f: StatedFigure): Param => statedPlace(f, printed(f.name.trim()))

/** A stated figure as a Fig; null for text-only or derived figures (derived ones are not printed). */
export function statedFig(f: StatedFigure | undefined): Fig | null {
  if (!f || f.value === null || f.derived) return null
  let precision = printedDecimals(f.text, f.value)
  if (f.unit === '万元') precision = Math.max(precision, STATED_AMOUNT_MIN_DECIMALS)
  if (f.unit === '分') precision = Math.max(precision, STATED_SCORE_MIN_DECIMALS)
  return {
    value: f.value, precision, ref: { ...f.source }, label: statedLabel(f), short: statedShort(f),
    exact: COUNT_UNITS.has(f.unit) || (f.unit === '分' && EXACT_SCORE_MEASURES.has(f.measure)),
  }
}

/** Same figure under another label (e.g. when a rule names it more precisely). */
export const relabel = (f: Fig, label: Param): Fig => ({ ...f, label })
