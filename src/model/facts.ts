/**
 * FactStore: many department-years of figures held as columns, not row objects.
 *
 * One fact = department, year, table, code, measure → value (万元). String columns are dictionary-coded
 * (an index into a string array); numbers sit in typed arrays. `FactColumns` is a plain object of typed
 * arrays and string arrays: it can be transferred from a worker (see facts-serial.ts) and stored in
 * IndexedDB as is. Queries (facts-drill.ts, facts-compare.ts) run on a `FactStore` = columns + index.
 */
import { TABLE_KINDS, type TableKind } from './types'

export interface FactColumns {
  version: number
  length: number
  department: Uint32Array // → departments
  year: Uint16Array
  table: Uint8Array // → TABLE_KINDS
  code: Uint32Array // → codes
  measure: Uint16Array // → measures
  value: Float64Array // 万元
  precision: Uint8Array // decimals in 万元 as printed (2 for "1,489.93" 万元, 6 for "14,899,300.00" 元)
  line: Uint32Array // physical line in its file, 1-based
  file: Uint16Array // → files
  source: Uint32Array // → sources
  departments: string[]
  /** '' = the table's 合计 row; '201' / '20101' / '2010101'; item keys such as 'income.gpb' for summary tables */
  codes: string[]
  /** name per code: the first name printed for it, else the dictionary name */
  codeNames: string[]
  measures: string[]
  sources: string[]
  files: string[]
  /** set by indexFacts: rows grouped by department-year; rows of dataset d are [start[d], start[d + 1]) */
  datasets?: DatasetGroups
}

export interface DatasetGroups {
  department: Uint32Array
  year: Uint16Array
  start: Uint32Array // length = datasets + 1
}

export type { FactIndex, FactStore } from './facts-index'
export { indexFacts } from './facts-index'
export { drill, resolvedValue, type DrillQuery, type DrillResult, type DrillChild } from './facts-drill'
export { compareDepartments, series, type CompareQuery, type CompareRow, type SeriesPoint } from './facts-compare'
export { columnBuffers, packColumns, unpackColumns, type PackedColumns } from './facts-serial'

export { FACTS_VERSION, FactBuilder, TOTAL_CODE, type BuilderMark } from './facts-builder'

/** Index of a table kind in `TABLE_KINDS` (the `table` column), or -1. */
export function tableIndex(kind: TableKind): number {
  return TABLE_KINDS.indexOf(kind)
}
