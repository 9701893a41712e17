/**
 * Comparisons over a FactStore: departments side by side for one measure and year (ranking, share of the
 * total, change against the previous year), and one department's (or the whole city's) series across years.
 * Values of unprinted levels are derived as in facts-drill.ts; sums are exact in 0.000001 万元.
 */
import type { FactStore } from './facts-index'
import { TOTAL_CODE } from './facts-builder'
import { MICRO, valueInDataset, type Resolved } from './facts-drill'
import { TABLE_KINDS, type TableKind } from './types'

export interface CompareQuery {
  year: number
  table: TableKind
  measure: string
  /** '' or omitted: the table total */
  code?: string
}

export interface CompareRow {
  department: string
  value: number // 万元
  derived: boolean
  rank: number // 1 = largest; equal values share a rank
  share: number // of the total of all departments listed, 0..1
  previous: number | null // same department, year − 1
  change: number | null // value − previous, 万元
  changePct: number | null // change / |previous| × 100; null when previous is 0 or absent
}

export interface Comparison {
  year: number
  total: number
  rows: CompareRow[] // by rank
}

export interface SeriesPoint {
  year: number
  value: number
  derived: boolean
  departments: number // departments summed (1 for a single department)
}

interface Target {
  table: number
  measure: number
  code: number
}

function target(store: FactStore, table: TableKind, measure: string, code: string | undefined): Target | null {
  const m = store.index.measureId.get(measure)
  const c = store.index.codeId.get(code ?? TOTAL_CODE)
  const t = TABLE_KINDS.indexOf(table)
  return m === undefined || c === undefined || t < 0 ? null : { table: t, measure: m, code: c }
}

/** department id → micro value, for every department with that fact in `year`. */
function valuesOfYear(store: FactStore, t: Target, year: number, derived?: Set<number>): Map<number, number> {
  const out = new Map<number, number>()
  const r: Resolved = { micro: 0, derived: false }
  const list = store.index.byYear.get(year)
  if (!list) return out
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!
    if (!valueInDataset(store, d, t.table, t.measure, t.code, r)) continue
    const dept = store.index.datasetDept[d]!
    out.set(dept, r.micro)
    if (r.derived) derived?.add(dept)
  }
  return out
}

export function compareDepartments(store: FactStore, q: CompareQuery): Comparison {
  const t = target(store, q.table, q.measure, q.code)
  if (!t) return { year: q.year, total: 0, rows: [] }
  const derived = new Set<number>()
  const now = valuesOfYear(store, t, q.year, derived)
  const before = valuesOfYear(store, t, q.year - 1)
  let total = 0
  for (const v of now.values()) total += v
  const names = store.columns.departments
  const rows: CompareRow[] = [...now.entries()]
    .sort((a, b) => b[1] - a[1] || (names[a[0]]! < names[b[0]]! ? -1 : 1))
    .map(([dept, micro]) => {
      const prev = before.get(dept)
      const change = prev === undefined ? null : micro - prev
      return {
        department: names[dept]!,
        value: micro / MICRO,
        derived: derived.has(dept),
        rank: 0,
        share: total === 0 ? 0 : micro / total,
        previous: prev === undefined ? null : prev / MICRO,
        change: change === null ? null : change / MICRO,
        changePct: change === null || !prev ? null : (change / Math.abs(prev)) * 100,
      }
    })
  rows.forEach((row, i) => {
    const above = rows[i - 1]
    row.rank = above && above.value === row.value ? above.rank : i + 1
  })
  return { year: q.year, total: total / MICRO, rows }
}

export interface SeriesQuery {
  /** null or omitted: the whole city (all departments of each year) */
  department?: string | null
  table: TableKind
  measure: string
  code?: string
}

export function series(store: FactStore, q: SeriesQuery): SeriesPoint[] {
  const t = target(store, q.table, q.measure, q.code)
  if (!t) return []
  const ix = store.index
  let lists: Uint32Array[]
  if (q.department === null || q.department === undefined) lists = ix.years.map((y) => ix.byYear.get(y)!)
  else {
    const dept = ix.departmentId.get(q.department)
    if (dept === undefined) return []
    lists = [ix.byDepartment[dept]!]
  }
  const points = new Map<number, { micro: number; derived: boolean; departments: number }>()
  const r: Resolved = { micro: 0, derived: false }
  for (const datasets of lists) {
    for (let i = 0; i < datasets.length; i++) {
      const d = datasets[i]!
      if (!valueInDataset(store, d, t.table, t.measure, t.code, r)) continue
      const year = ix.datasetYear[d]!
      const p = points.get(year)
      if (p) {
        p.micro += r.micro
        p.derived ||= r.derived
        p.departments++
      } else points.set(year, { micro: r.micro, derived: r.derived, departments: 1 })
    }
  }
  return [...points.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, p]) => ({ year, value: p.micro / MICRO, derived: p.derived, departments: p.departments }))
}
