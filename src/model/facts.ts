/**
 * FactStore: many department-years of figures held as columns, not row objects.
 *
 * One fact = department, year, table, code, measure → value (万元). String columns are dictionary-coded
 * (an index into a string array); numbers sit in typed arrays. `FactColumns` is a plain object of typed
 * arrays and string arrays: it can be transferred from a worker (see facts-serial.ts) and stored in
 * IndexedDB as is. Queries (facts-drill.ts, facts-compare.ts) run on a `FactStore` = columns + index.
 */
export { tableIndex, type FactColumns } from './facts-columns'

export type { FactStore } from './facts-index'
export { indexFacts } from './facts-index'
export { drill, resolvedValue } from './facts-drill'
export { compareDepartments, series } from './facts-compare'
export { packColumns, unpackColumns } from './facts-serial'

export { FactBuilder } from './facts-builder'
