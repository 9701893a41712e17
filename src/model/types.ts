/**
 * Domain types shared by importer, model, audit, charts and stores.
 * Plain TypeScript: no Vue import anywhere under import/, model/, audit/, charts/.
 * Column and summary-row keys are the importer's vocabulary (vocabulary.ts).
 *
 * Amounts are held as numbers in 万元 (converted from the source unit), together with
 * `precision`: the number of decimals in 万元 that the source printed (2 for "1,489.93" in 万元,
 * 6 for "14,899,300.00" in 元). Audit compares integers `Math.round(v * 10 ** precision)`.
 */
import type { StatedItem, StatedMeasure, StatedTopic, SummaryItem } from './vocabulary'
import type { Param, Text } from '../i18n/text'

/** Where a figure stands: file, physical line (1-based), column (1-based). */
export interface SourceRef {
  file: string
  line: number
  column?: number
  /** printed header of the column, or the narrative section for stated figures */
  field?: string
  /** narrative section / table and row the figure comes from (stated figures) */
  section?: string
}

export type Severity = 'error' | 'warning' | 'info'

/** A problem found while importing. Never swallowed: each names file, line, column, value, expectation. */
export interface ImportProblem {
  severity: Severity
  code: string // e.g. 'amount.invalid', 'row.short', 'quote.unclosed', 'encoding.invalid'
  file: string
  line: number // physical line, 1-based; 0 = whole file
  column?: number // 1-based
  value?: string
  /** Chinese, rendered from `expectedText` */
  expected: string
  /** Chinese, rendered from `text` (what the CLI prints) */
  message: string
  /** the sentence, language-neutral (src/i18n/text.ts; catalogue keys `problem.<code>[.<variant>]`) */
  text: Text
  /** the expectation, language-neutral */
  expectedText: Param
}

export type Unit = '元' | '万元' | '亿元'

/** The nine standard disclosure tables. The numbers are Zhuzhou's (公开01–09); other provinces order differently. */
export type TableKind =
  | 'summary' // 收入支出决算总表 (01)
  | 'income' // 收入决算表 (02)
  | 'expenditure' // 支出决算表 (03)
  | 'fiscalSummary' // 财政拨款收入支出决算总表 (04)
  | 'gpbExpenditure' // 一般公共预算财政拨款支出决算表 (05)
  | 'gpbBasic' // 一般公共预算财政拨款基本支出决算(明细)表 (06)
  | 'govFund' // 政府性基金预算财政拨款收入支出决算表 (07)
  | 'stateCapital' // 国有资本经营预算财政拨款支出决算表 (08)
  | 'threePublic' // 财政拨款“三公”经费支出决算表 (09)

export const TABLE_KINDS: readonly TableKind[] = [
  'summary',
  'income',
  'expenditure',
  'fiscalSummary',
  'gpbExpenditure',
  'gpbBasic',
  'govFund',
  'stateCapital',
  'threePublic',
]

/** One measure column of a recognised table. */
export interface ColumnDef {
  /** a MeasureKey ('total', 'basic', 'fiscal', 'budget.vehicleOperation' …); a column the importer does not know keeps its printed header */
  key: string
  header: string // header text as printed (merged header cells joined with '/')
  column: number // physical column, 1-based
}

export type Side = 'income' | 'expenditure'

export interface TableRow {
  line: number // physical line in the file
  /** functional (or economic, for gpbBasic) classification code, normalised: '201', '20102', '2010201' */
  code: string | null
  name: string
  /** summary tables (01, 04): which side of the two-sided layout */
  side?: Side
  /** summary tables: stable item key, e.g. 'income.gpb', 'totalIncome', 'carryoverBegin', 'grandTotal', 'class' */
  item?: SummaryItem
  /** 行次 when printed */
  rowNo?: number | null
  /** the 合计 / 总计 row */
  isTotal: boolean
  /** measure key -> amount in 万元; null = blank or "—" (never 0) */
  values: Record<string, number | null>
  /** measure key -> physical column (1-based) */
  cells: Record<string, number>
}

export interface RecognisedTable {
  kind: TableKind
  file: string
  title: string
  marker: string | null // '公开03表'
  department: string | null
  unit: Unit // source unit as printed
  precision: number // decimals in 万元 (see top of file)
  columns: ColumnDef[]
  rows: TableRow[]
  notes: string[] // 注 / 说明 lines as printed
  /** true when the table printed no data (e.g. 本表无数据) */
  empty: boolean
  stats: { linesRead: number; rowsKept: number; rowsReported: number; rowsStructural: number }
}

/**
 * A figure the report states in its narrative (说明) or appendices, not in the nine tables.
 * Long format, one figure per row; see docs/DATA.md for the vocabulary of topic/item/measure.
 */
export interface StatedFigure {
  topic: StatedTopic // 'totals' | 'budgetExecution' | 'threePublic' | 'procurement' | 'reform' | ...
  /** stable key within the topic, e.g. 'total', '2101199', 'vehicleOperation' (the importer checks it is the topic's) */
  item: StatedItem
  code: string | null // classification code when the item is a 项/款/类
  name: string // the name as printed
  measure: StatedMeasure // 'amount' | 'budget' | 'rate' | 'changeAmount' | 'changePct' | 'share' | 'score' | 'grade' ...
  /** numeric value in the given unit (percent as 20.4 for "20.4%"); null for text */
  value: number | null
  /** the value exactly as printed, e.g. '20.4%', '减少381.72', '优秀' */
  text: string
  unit: string // '万元' | '%' | '人' | '个' | '辆' | '分' | '人次' | '' (text)
  /** the shortest exact quote of the report that contains the figure (原文) */
  quote?: string
  source: SourceRef // file + line of the CSV row, section = place in the report
  /** true when not printed but derived (e.g. prior year = this year − stated change) */
  derived?: boolean
}

export interface DatasetMeta {
  id: string // stable id: `${department}|${year}` slug
  department: string
  year: number
  /** 'real' for published reports, 'synthetic' for generated scale data */
  origin: 'real' | 'synthetic' | 'imported'
  region?: string
  /**
   * Another department name this department-year counts as the same department as (set by the user when a
   * department was renamed or merged; model/department.ts). Names equal after normalisation match without it.
   */
  sameAs?: string
}

export interface Dataset {
  meta: DatasetMeta
  tables: Partial<Record<TableKind, RecognisedTable>>
  stated: StatedFigure[]
  files: string[]
}

export interface ImportResult {
  tables: RecognisedTable[]
  stated: StatedFigure[]
  problems: ImportProblem[]
  /** department / year read from the files where printed */
  department: string | null
  year: number | null
  /** per file: lines read, rows kept, rows reported */
  files: FileReport[]
}

export interface FileReport {
  file: string
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030'
  delimiter: string
  recognisedAs: TableKind | 'stated' | 'bulk' | null
  linesRead: number
  rowsKept: number
  rowsReported: number
  rowsStructural: number // title, marker, header, 栏次, 注 lines
  fatal: boolean
}
