/**
 * The nine-table datasets as facts, so bundled and imported department-years join the bulk data in one
 * FactStore (whole-city roll-up, department comparison, series across years). Code tables only: one fact
 * per printed code row and measure, plus the 合计 row under TOTAL_CODE (index 0). Nothing is derived here.
 */
import { departmentKeyer } from './department'
import { FactBuilder, tableIndex, type FactColumns } from './facts'
import type { Dataset, TableKind } from './types'

const CODE_TABLES: TableKind[] = ['income', 'expenditure', 'gpbExpenditure', 'govFund', 'stateCapital']

/** `department`: the name to file the facts under (default: the dataset's own). */
function addDataset(builder: FactBuilder, ds: Dataset, department = ds.meta.department): void {
  const dept = builder.departments.id(department)
  const source = builder.sources.id(ds.meta.origin)
  for (const kind of CODE_TABLES) {
    const t = ds.tables[kind]
    if (!t || t.empty) continue
    const file = builder.fileId(t.file)
    const table = tableIndex(kind)
    for (const row of t.rows) {
      const isTotal = row.isTotal && !row.code
      if (!isTotal && !row.code) continue
      const code = isTotal ? 0 : builder.codeId(row.code!, row.name)
      for (const [measure, value] of Object.entries(row.values)) {
        if (value === null || value === undefined) continue
        builder.push(dept, ds.meta.year, table, code, builder.measures.id(measure), value, t.precision, row.line, file, source)
      }
    }
  }
}

/** Facts of several datasets (the caller indexes them with indexFacts). */
export function datasetsToFacts(datasets: readonly Dataset[]): FactColumns {
  const b = new FactBuilder(1024)
  for (const ds of datasets) addDataset(b, ds)
  return b.finish()
}

export interface BulkMerge {
  columns: FactColumns
  /** department-years the bulk held that a nine-table import replaced (its figures are used, the bulk's dropped) */
  replaced: { department: string; year: number }[]
}

/**
 * Bulk columns joined by nine-table datasets, each department-year counted once. A department-year present in both
 * (same department by model/department.ts: normalised name or a user's link) takes the nine-table import's figures —
 * the report the department screens and 数据核对 use — and drops the bulk's rows for it. A matched department keeps
 * the bulk's spelling of its name, so its years form one series.
 */
export function mergeBulk(bulk: FactColumns, datasets: readonly Dataset[]): BulkMerge {
  if (!datasets.length) return { columns: bulk, replaced: [] }
  const stub = (department: string): Dataset => ({ meta: { id: '', department, year: 0, origin: 'imported' }, tables: {}, stated: [], files: [] })
  const bulkStubs = bulk.departments.map(stub)
  const key = departmentKeyer([...datasets, ...bulkStubs])
  const bulkKey = bulkStubs.map(key)
  const nameByKey = new Map<string, string>()
  bulkKey.forEach((k, i) => {
    if (!nameByKey.has(k)) nameByKey.set(k, bulk.departments[i]!)
  })
  const covered = new Set(datasets.map((d) => `${key(d)}|${d.meta.year}`))
  const b = new FactBuilder(bulk.length + 1024)
  for (const d of datasets) addDataset(b, d, nameByKey.get(key(d)) ?? d.meta.department)
  // the bulk's dictionaries into the builder's, once per entry
  const dept = bulk.departments.map((n) => b.departments.id(n))
  const code = bulk.codes.map((c, i) => b.codeId(c, bulk.codeNames[i] ?? ''))
  const measure = bulk.measures.map((m) => b.measures.id(m))
  const source = bulk.sources.map((s) => b.sources.id(s))
  const file = new Int32Array(bulk.files.length).fill(-1)
  const replaced = new Map<string, { department: string; year: number }>()
  for (let i = 0; i < bulk.length; i++) {
    const d = bulk.department[i]!
    const y = bulk.year[i]!
    const k = `${bulkKey[d]}|${y}`
    if (covered.has(k)) {
      if (!replaced.has(k)) replaced.set(k, { department: bulk.departments[d]!, year: y })
      continue
    }
    const f = bulk.file[i]!
    if (file[f] === -1) file[f] = b.fileId(bulk.files[f]!)
    b.push(dept[d]!, y, bulk.table[i]!, code[bulk.code[i]!]!, measure[bulk.measure[i]!]!, bulk.value[i]!, bulk.precision[i]!, bulk.line[i]!, file[f]!, source[bulk.source[i]!]!)
  }
  return { columns: b.finish(), replaced: [...replaced.values()] }
}
