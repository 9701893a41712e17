/**
 * Drill-down over a FactStore: the children of one code at the next level, for one department-year or
 * summed over all departments of a year (whole city). Levels a dataset did not print are summed from the
 * highest printed level below them, per dataset and per branch, so 类 = Σ 款 only where 类 is not printed.
 * Sums are exact integers of 0.000001 万元 (0.01 元), converted back to 万元 at the end.
 */
import type { FactStore } from './facts-index'
import { TOTAL_CODE } from './facts-builder'
import { TABLE_KINDS, type TableKind } from './types'

export const MICRO = 1e6

export interface DrillQuery {
  year: number
  /** null or omitted: every department of that year (whole-city roll-up) */
  department?: string | null
  table: TableKind
  measure: string
  /** null or omitted: the table's 类 under its total */
  parent?: string | null
}

export interface DrillChild {
  code: string
  name: string
  value: number // 万元
  /** summed from lower levels in at least one dataset (not printed there) */
  derived: boolean
}

export interface DrillResult {
  parent: string | null
  children: DrillChild[] // ascending code
  total: number | null // the parent's value: printed, else the sum of its children
  totalDerived: boolean
  datasets: number // department-years that contributed
}

/** Per-store scratch arrays indexed by code, reset after each dataset. */
class Scratch {
  readonly value: Float64Array
  readonly state: Uint8Array // 0 none, 1 printed, 2 derived
  readonly touched: number[] = []
  constructor(codes: number) {
    this.value = new Float64Array(codes)
    this.state = new Uint8Array(codes)
  }
}
const scratches = new WeakMap<FactStore, Scratch>()
function scratchOf(store: FactStore): Scratch {
  let s = scratches.get(store)
  if (!s) scratches.set(store, (s = new Scratch(store.columns.codes.length)))
  return s
}

export interface Resolved {
  micro: number // value in 0.000001 万元
  derived: boolean // summed from children, not printed
}

/**
 * Resolve code `parent` (the 合计 row's code for the table total) in dataset `d`: calls `onChild` for each child at the next level,
 * writes the parent's value into `out` and returns false when the dataset has no such facts.
 */
function resolveInDataset(store: FactStore, d: number, table: number, measure: number, parent: number,
  onChild: ((code: number, micro: number, derived: boolean) => void) | null, out: Resolved): boolean {
  const { columns: c, index: ix } = store
  const s = scratchOf(store)
  const { value, state, touched } = s
  const end = ix.datasetStart[d + 1]!
  const { codeLevel, codeParent } = ix
  const parentLevel = codeLevel[parent]!
  // children: the 类 under the 合计 row; none under a summary-table item key (level 0 too)
  const root = c.codes[parent] === TOTAL_CODE
  const childLevel = root || parentLevel > 0 ? parentLevel + 1 : -1
  for (let r = ix.datasetStart[d]!; r < end; r++) {
    if (c.table[r] !== table || c.measure[r] !== measure) continue
    const code = c.code[r]!
    if (code !== parent && codeLevel[code]! <= parentLevel) continue
    value[code] = Math.round(c.value[r]! * MICRO)
    state[code] = 1
    touched.push(code)
  }
  // bubble printed values up to unprinted ancestors, deepest level first
  for (let level = 3; level > parentLevel + 1; level--) {
    for (let i = 0; i < touched.length; i++) {
      const code = touched[i]!
      if (codeLevel[code] !== level) continue
      const p = codeParent[code]!
      if (p < 0 || state[p] === 1) continue
      if (state[p] === 0) {
        state[p] = 2
        value[p] = 0
        touched.push(p)
      }
      value[p] = value[p]! + value[code]!
    }
  }
  let sum = 0, any = false
  for (let i = 0; i < touched.length; i++) {
    const code = touched[i]!
    if (codeLevel[code] !== childLevel) continue
    if (!root && codeParent[code] !== parent) continue
    any = true
    sum += value[code]!
    if (onChild) onChild(code, value[code]!, state[code] === 2)
  }
  const found = state[parent] === 1 || any
  out.derived = state[parent] !== 1
  out.micro = state[parent] === 1 ? value[parent]! : sum
  for (let i = 0; i < touched.length; i++) {
    state[touched[i]!] = 0
    value[touched[i]!] = 0
  }
  touched.length = 0
  return found
}

/** Value of one code in dataset `d`: its printed row when there is one (found without any bookkeeping), else derived. */
export function valueInDataset(store: FactStore, d: number, table: number, measure: number, code: number, out: Resolved): boolean {
  const c = store.columns
  const { datasetStart: start, codeLevel, codeParent } = store.index
  const { code: codes, table: tables, measure: measures } = c
  const level = codeLevel[code]!
  const root = c.codes[code] === TOTAL_CODE
  let below = false // a row under `code` exists: its value can be derived
  for (let r = start[d]!, end = start[d + 1]!; r < end; r++) {
    if (tables[r] !== table || measures[r] !== measure) continue
    const k = codes[r]!
    if (k === code) {
      out.micro = Math.round(c.value[r]! * MICRO)
      out.derived = false
      return true
    }
    if (below || codeLevel[k]! <= level) continue
    if (root) below = true
    else if (level > 0) {
      let p = codeParent[k]!
      while (p >= 0 && codeLevel[p]! > level) p = codeParent[p]!
      below = p === code
    }
  }
  return below && resolveInDataset(store, d, table, measure, code, null, out)
}

/** The datasets a query covers: one department-year, or all departments of the year. */
function datasetsFor(store: FactStore, year: number, department: string | null | undefined): Uint32Array {
  const ix = store.index
  if (department === null || department === undefined) return ix.byYear.get(year) ?? new Uint32Array(0)
  const dept = ix.departmentId.get(department)
  if (dept === undefined) return new Uint32Array(0)
  const list = ix.byDepartment[dept]!
  for (let i = 0; i < list.length; i++) if (ix.datasetYear[list[i]!] === year) return list.subarray(i, i + 1)
  return new Uint32Array(0)
}

export function drill(store: FactStore, q: DrillQuery): DrillResult {
  const { columns: c, index: ix } = store
  const table = TABLE_KINDS.indexOf(q.table)
  const measure = ix.measureId.get(q.measure)
  const parent = ix.codeId.get(q.parent ?? TOTAL_CODE)
  const empty: DrillResult = { parent: q.parent ?? null, children: [], total: null, totalDerived: false, datasets: 0 }
  if (measure === undefined || parent === undefined || table < 0) return empty
  const acc = new Map<number, { micro: number; derived: boolean }>()
  const onChild = (code: number, micro: number, derived: boolean) => {
    const a = acc.get(code)
    if (a) {
      a.micro += micro
      a.derived ||= derived
    } else acc.set(code, { micro, derived })
  }
  let total = 0, totalDerived = false, datasets = 0
  const out: Resolved = { micro: 0, derived: false }
  for (const d of datasetsFor(store, q.year, q.department)) {
    if (!resolveInDataset(store, d, table, measure, parent, onChild, out)) continue
    total += out.micro
    totalDerived ||= out.derived
    datasets++
  }
  const children = [...acc.entries()]
    .map(([code, a]) => ({ code: c.codes[code]!, name: c.codeNames[code]!, value: a.micro / MICRO, derived: a.derived }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return { parent: q.parent ?? null, children, total: datasets ? total / MICRO : null, totalDerived, datasets }
}

/** Value of one code (or the table total for `code` = '') in one dataset: printed, else derived; null if absent. */
export function resolvedValue(store: FactStore, dataset: number, table: TableKind, measure: string,
  code: string = TOTAL_CODE): number | null {
  const m = store.index.measureId.get(measure)
  const p = store.index.codeId.get(code)
  if (m === undefined || p === undefined) return null
  const out: Resolved = { micro: 0, derived: false }
  return valueInDataset(store, dataset, TABLE_KINDS.indexOf(table), m, p, out) ? out.micro / MICRO : null
}
