/** FactBuilder: appends facts into growing typed buffers; `finish()` returns exact-length FactColumns. */
import { nameOf, parentCode } from './classification'
import type { FactColumns } from './facts-columns'
import { StringTable } from './facts-intern'

export const FACTS_VERSION = 1
/** code of a table's 合计 row */
export const TOTAL_CODE = ''

export interface BuilderMark {
  length: number
  departments: number
  codes: number
  codeNames: string[]
  measures: number
  sources: number
  files: number
}

type Column = Uint8Array | Uint16Array | Uint32Array | Float64Array

export class FactBuilder {
  length = 0
  private cap: number
  department: Uint32Array
  year: Uint16Array
  table: Uint8Array
  code: Uint32Array
  measure: Uint16Array
  value: Float64Array
  precision: Uint8Array
  line: Uint32Array
  file: Uint16Array
  source: Uint32Array
  readonly departments = new StringTable()
  readonly codes = new StringTable([TOTAL_CODE])
  readonly codeNames: string[] = ['合计']
  readonly measures = new StringTable()
  readonly sources = new StringTable()
  readonly files: string[] = []

  constructor(capacity = 1 << 14) {
    this.cap = Math.max(16, capacity)
    const c = this.cap
    this.department = new Uint32Array(c)
    this.year = new Uint16Array(c)
    this.table = new Uint8Array(c)
    this.code = new Uint32Array(c)
    this.measure = new Uint16Array(c)
    this.value = new Float64Array(c)
    this.precision = new Uint8Array(c)
    this.line = new Uint32Array(c)
    this.file = new Uint16Array(c)
    this.source = new Uint32Array(c)
  }

  /** Index of a normalised code; its parents ('2010201' → '20102' → '201') are added too. */
  codeId(code: string, name = ''): number {
    const before = this.codes.size
    const id = this.codes.id(code)
    if (id === before) {
      this.codeNames.push(name)
      const parent = parentCode(code)
      if (parent !== null && /^\d+$/.test(code)) this.codeId(parent)
    } else if (name && !this.codeNames[id]) {
      this.codeNames[id] = name
    }
    return id
  }

  /** A point to roll back to (e.g. to read a file again in another encoding). */
  mark(): BuilderMark {
    return {
      length: this.length, departments: this.departments.size, codes: this.codes.size, codeNames: this.codeNames.slice(),
      measures: this.measures.size, sources: this.sources.size, files: this.files.length,
    }
  }

  rollback(m: BuilderMark): void {
    this.length = m.length
    this.departments.truncate(m.departments)
    this.codes.truncate(m.codes)
    this.codeNames.length = 0
    this.codeNames.push(...m.codeNames)
    this.measures.truncate(m.measures)
    this.sources.truncate(m.sources)
    this.files.length = m.files
  }

  fileId(name: string): number {
    this.files.push(name)
    return this.files.length - 1
  }

  push(department: number, year: number, table: number, code: number, measure: number, value: number,
    precision: number, line: number, file: number, source: number): void {
    const i = this.length
    if (i === this.cap) this.grow()
    this.department[i] = department
    this.year[i] = year
    this.table[i] = table
    this.code[i] = code
    this.measure[i] = measure
    this.value[i] = value
    this.precision[i] = precision
    this.line[i] = line
    this.file[i] = file
    this.source[i] = source
    this.length = i + 1
  }

  private grow(): void {
    this.cap *= 2
    const g = <T extends Column>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap)
      b.set(a)
      return b
    }
    this.department = g(this.department)
    this.year = g(this.year)
    this.table = g(this.table)
    this.code = g(this.code)
    this.measure = g(this.measure)
    this.value = g(this.value)
    this.precision = g(this.precision)
    this.line = g(this.line)
    this.file = g(this.file)
    this.source = g(this.source)
  }

  /**
   * Exact-length columns. Departments, measures and sources that no kept fact uses (values of rows that were
   * reported, not kept) are left out of their dictionaries, so lists built from them hold only real data.
   */
  finish(): FactColumns {
    const n = this.length
    const names = this.codes.values.map((code, i) => nameOf(code, this.codeNames[i]))
    const department = this.department.slice(0, n)
    const measure = this.measure.slice(0, n)
    const source = this.source.slice(0, n)
    return {
      version: FACTS_VERSION,
      length: n,
      department,
      year: this.year.slice(0, n),
      table: this.table.slice(0, n),
      code: this.code.slice(0, n),
      measure,
      value: this.value.slice(0, n),
      precision: this.precision.slice(0, n),
      line: this.line.slice(0, n),
      file: this.file.slice(0, n),
      source,
      departments: compact(department, this.departments.values),
      codes: this.codes.values.slice(),
      codeNames: names,
      measures: compact(measure, this.measures.values),
      sources: compact(source, this.sources.values),
      files: this.files.slice(),
    }
  }
}

/** The dictionary values `column` uses, in their first order; `column` is renumbered in place when some go. */
function compact(column: Uint16Array | Uint32Array, values: readonly string[]): string[] {
  const used = new Uint8Array(values.length)
  for (let i = 0; i < column.length; i++) used[column[i]!] = 1
  if (used.every((u) => u === 1)) return values.slice()
  const map = new Uint32Array(values.length)
  const kept: string[] = []
  values.forEach((v, i) => {
    if (used[i]) map[i] = kept.push(v) - 1
  })
  for (let i = 0; i < column.length; i++) column[i] = map[column[i]!]!
  return kept
}
