/** The columns of a FactStore (see facts.ts) and the index of a table kind in them. */
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

/** Index of a table kind in `TABLE_KINDS` (the `table` column), or -1. */
export function tableIndex(kind: TableKind): number {
  return TABLE_KINDS.indexOf(kind)
}
