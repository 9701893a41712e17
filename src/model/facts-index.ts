/**
 * Index over FactColumns: rows grouped by dataset (department + year) so a query touches only the rows
 * of the datasets it needs, plus the code tree as parent/level arrays. Duplicate facts (same dataset,
 * table, code, measure) are dropped here and returned, so the importer can report them.
 */
import { parentCode } from './classification'
import type { DatasetGroups, FactColumns } from './facts-columns'

export interface FactIndex {
  datasetCount: number
  datasetDept: Uint32Array
  datasetYear: Uint16Array
  /** rows of dataset d are [datasetStart[d], datasetStart[d + 1]) in the (re-ordered) columns */
  datasetStart: Uint32Array
  codeParent: Int32Array // -1 = none
  codeLevel: Uint8Array // 1 类, 2 款, 3 项; 0 = total row or item key
  years: number[] // ascending
  byYear: Map<number, Uint32Array> // year → dataset ids
  byDepartment: Uint32Array[] // department → dataset ids, ascending year
  departmentId: Map<string, number>
  codeId: Map<string, number>
  measureId: Map<string, number>
}

export interface FactStore {
  columns: FactColumns
  index: FactIndex
}

/** A fact dropped because the same dataset/table/code/measure came earlier. Row numbers are file lines. */
export interface DroppedFact {
  file: number
  line: number
  firstFile: number
  firstLine: number
}

const GATHERED = ['department', 'year', 'table', 'code', 'measure', 'value', 'precision', 'line', 'file', 'source'] as const

/**
 * Group, de-duplicate and index. Columns that already carry `datasets` (from an earlier indexFacts, e.g.
 * received from the worker or read from IndexedDB) are indexed without another pass over the rows.
 */
export function indexFacts(input: FactColumns): { store: FactStore; dropped: DroppedFact[] } {
  if (input.datasets) return { store: { columns: input, index: buildLookups(input, input.datasets) }, dropped: [] }
  const n = input.length
  const { department, year } = input
  // 1. dataset id per row, in order of first appearance
  const ds = new Uint32Array(n)
  const dsKey = new Map<number, number>()
  const dDept: number[] = []
  const dYear: number[] = []
  let prevDept = -1, prevYear = -1, cur = -1, grouped = true
  for (let i = 0; i < n; i++) {
    const d = department[i]!, y = year[i]!
    if (d !== prevDept || y !== prevYear) {
      const key = d * 65536 + y
      let id = dsKey.get(key)
      if (id === undefined) {
        id = dDept.length
        dsKey.set(key, id)
        dDept.push(d)
        dYear.push(y)
      } else if (id !== cur) grouped = false
      cur = id
      prevDept = d
      prevYear = y
    }
    ds[i] = cur
  }
  // 2. counting sort by dataset (stable; skipped when the input is already grouped)
  const count = dDept.length
  let start = countStarts(ds, count, null)
  let columns = input
  if (!grouped) {
    const pos = start.slice(0, count)
    const perm = new Uint32Array(n)
    for (let i = 0; i < n; i++) perm[pos[ds[i]!]!++] = i
    columns = gather(input, perm)
    for (let d = 0; d < count; d++) ds.fill(d, start[d]!, start[d + 1]!)
  }
  // 3. duplicates: the first occurrence in input order wins
  const dropped: DroppedFact[] = []
  const keep = findDuplicates(columns, ds, dropped)
  if (keep) {
    const perm = new Uint32Array(n - dropped.length)
    for (let i = 0, j = 0; i < n; i++) if (keep[i]) perm[j++] = i
    start = countStarts(ds, count, keep)
    columns = gather(columns, perm)
  }
  const datasets: DatasetGroups = { department: Uint32Array.from(dDept), year: Uint16Array.from(dYear), start }
  columns = { ...columns, datasets }
  return { store: { columns, index: buildLookups(columns, datasets) }, dropped }
}

function countStarts(ds: Uint32Array, count: number, keep: Uint8Array | null): Uint32Array {
  const start = new Uint32Array(count + 1)
  for (let i = 0; i < ds.length; i++) if (keep === null || keep[i]) start[ds[i]! + 1]!++
  for (let d = 0; d < count; d++) start[d + 1]! += start[d]!
  return start
}

function gather(input: FactColumns, perm: Uint32Array): FactColumns {
  const out = { ...input, length: perm.length }
  for (const key of GATHERED) {
    const src = input[key]
    const dst = new (src.constructor as new (len: number) => typeof src)(perm.length)
    for (let j = 0; j < perm.length; j++) dst[j] = src[perm[j]!]!
    ;(out as unknown as Record<string, unknown>)[key] = dst
  }
  return out
}

/** Rows must be grouped by dataset. */
function findDuplicates(c: FactColumns, ds: Uint32Array, dropped: DroppedFact[]): Uint8Array | null {
  const nc = c.codes.length, nm = Math.max(1, c.measures.length)
  const combos = 16 * nm * nc
  // stamp[combo] = dataset + 1 of the last row with that table/measure/code (a Map when that is too large)
  const stamp = new Int32Array(combos <= 1 << 21 ? combos : 0)
  const first = new Int32Array(stamp.length)
  const seen = new Map<number, number>()
  let keep: Uint8Array | null = null
  let lastDs = -1
  for (let i = 0; i < c.length; i++) {
    const d = ds[i]!
    const combo = (c.table[i]! * nm + c.measure[i]!) * nc + c.code[i]!
    let firstRow = -1
    if (stamp.length > 0) {
      if (stamp[combo] === d + 1) firstRow = first[combo]!
      else {
        stamp[combo] = d + 1
        first[combo] = i
      }
    } else {
      if (d !== lastDs) seen.clear()
      lastDs = d
      const f = seen.get(combo)
      if (f === undefined) seen.set(combo, i)
      else firstRow = f
    }
    if (firstRow < 0) continue
    if (keep === null) keep = new Uint8Array(c.length).fill(1)
    keep[i] = 0
    dropped.push({ file: c.file[i]!, line: c.line[i]!, firstFile: c.file[firstRow]!, firstLine: c.line[firstRow]! })
  }
  return keep
}

function buildLookups(c: FactColumns, groups: DatasetGroups): FactIndex {
  const { department: datasetDept, year: datasetYear, start } = groups
  const count = datasetDept.length
  const dDept = datasetDept, dYear = datasetYear
  const codeId = new Map(c.codes.map((code, i) => [code, i]))
  const codeParent = new Int32Array(c.codes.length).fill(-1)
  const codeLevel = new Uint8Array(c.codes.length)
  c.codes.forEach((code, i) => {
    if (!/^\d+$/.test(code)) return
    codeLevel[i] = code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : 0
    const parent = parentCode(code)
    codeParent[i] = parent === null ? -1 : (codeId.get(parent) ?? -1)
  })
  const yearLists = new Map<number, number[]>()
  const deptLists: number[][] = c.departments.map(() => [])
  for (let d = 0; d < count; d++) {
    const y = dYear[d]!
    let list = yearLists.get(y)
    if (!list) yearLists.set(y, (list = []))
    list.push(d)
    deptLists[dDept[d]!]!.push(d)
  }
  const years = [...yearLists.keys()].sort((a, b) => a - b)
  const byYear = new Map(years.map((y) => [y, Uint32Array.from(yearLists.get(y)!)]))
  const byDepartment = deptLists.map((l) => Uint32Array.from(l.sort((a, b) => dYear[a]! - dYear[b]!)))
  return {
    datasetCount: count, datasetDept, datasetYear, datasetStart: start, codeParent, codeLevel, years, byYear,
    byDepartment,
    departmentId: new Map(c.departments.map((name, i) => [name, i])),
    codeId,
    measureId: new Map(c.measures.map((m, i) => [m, i])),
  }
}
