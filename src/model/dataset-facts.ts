/**
 * The nine-table datasets as facts, so bundled and imported department-years join the bulk data in one
 * FactStore (whole-city roll-up, department comparison, series across years). Code tables only: one fact
 * per printed code row and measure, plus the 合计 row under TOTAL_CODE (index 0). Nothing is derived here.
 */
import { FactBuilder, tableIndex, type FactColumns } from './facts'
import type { Dataset, TableKind } from './types'

const CODE_TABLES: TableKind[] = ['income', 'expenditure', 'gpbExpenditure', 'govFund', 'stateCapital']

export function addDataset(builder: FactBuilder, ds: Dataset): void {
  const dept = builder.departments.id(ds.meta.department)
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
