/**
 * Reading the recognised tables for the audit: code rows, the 合计 row, nearest printed children,
 * and the class totals of a code table (printed 类 row, else the sum of its printed descendants).
 */
import { levelOf } from '../model/classification'
import type { Dataset, RecognisedTable, TableKind, TableRow } from '../model/types'
import { cellFig } from './figures'
import type { Fig } from './numeric'

/** Tables whose rows are classification codes (the tree rules apply to them). */
export const CODE_TABLE_KINDS: readonly TableKind[] = [
  'income', 'expenditure', 'gpbExpenditure', 'gpbBasic', 'govFund', 'stateCapital',
]

export function table(ds: Dataset, kind: TableKind): RecognisedTable | null {
  const t = ds.tables[kind]
  return t && !t.empty ? t : null
}

export function codeRows(t: RecognisedTable): TableRow[] {
  return t.rows.filter((r) => r.code !== null && levelOf(r.code) !== null)
}

/**
 * The 合计 row (a total without a code). With `key`, the first total row that prints that column
 * (06 in blocks prints 人员经费合计 and 公用经费合计 as separate rows).
 */
export function totalRow(t: RecognisedTable, key?: string): TableRow | null {
  const totals = t.rows.filter((r) => r.isTotal && !r.code)
  if (key) {
    const own = totals.find((r) => r.values[key] !== null && r.values[key] !== undefined) ?? totals.find((r) => key in r.cells)
    if (own) return own
  }
  return totals[0] ?? null
}

interface ChildIndex {
  printed: Map<string, TableRow>
  /** nearest printed ancestor ('' = none) → rows */
  under: Map<string, TableRow[]>
}

const childIndex = new WeakMap<readonly TableRow[], ChildIndex>()

function indexOf(rows: readonly TableRow[]): ChildIndex {
  let index = childIndex.get(rows)
  if (!index) {
    const printed = new Map(rows.map((r) => [r.code!, r] as const))
    const under = new Map<string, TableRow[]>()
    for (const r of rows) {
      const code = r.code!
      const anc = [5, 3].map((n) => code.slice(0, n)).find((a) => a.length < code.length && printed.has(a)) ?? ''
      const list = under.get(anc) ?? []
      list.push(r)
      under.set(anc, list)
    }
    index = { printed, under }
    childIndex.set(rows, index)
  }
  return index
}

/** Printed rows under `parent` (null = the whole table) with no printed row between them and it. */
export function nearestPrinted(rows: readonly TableRow[], parent: string | null): TableRow[] {
  const { printed, under } = indexOf(rows)
  if (parent === null || printed.has(parent)) return under.get(parent ?? '') ?? []
  // a parent the table does not print: its printed descendants with no printed row in between
  return rows.filter((r) => {
    const code = r.code!
    if (code.length <= parent.length || !code.startsWith(parent)) return false
    return ![3, 5].some((n) => n > parent.length && n < code.length && printed.has(code.slice(0, n)))
  })
}

/** Distinct rows by code (a code printed twice keeps its first row). */
export function uniqueByCode(rows: readonly TableRow[]): TableRow[] {
  const seen = new Set<string>()
  return rows.filter((r) => (seen.has(r.code!) ? false : (seen.add(r.code!), true)))
}

export interface ClassAmount {
  code: string
  /** the printed 类 row's figure, when printed */
  printed: Fig | null
  /** the nearest printed descendants' figures (when the 类 row is not printed) */
  parts: Fig[]
}

/** Per 类: the printed figure or the figures that sum to it, for one column. */
export function classAmounts(t: RecognisedTable, colKey: string): Map<string, ClassAmount> {
  const rows = uniqueByCode(codeRows(t))
  const out = new Map<string, ClassAmount>()
  for (const r of rows) {
    const cls = r.code!.slice(0, 3)
    if (!out.has(cls)) out.set(cls, { code: cls, printed: null, parts: [] })
  }
  for (const entry of out.values()) {
    const own = rows.find((r) => r.code === entry.code)
    if (own) {
      entry.printed = cellFig(t, own, colKey)
      continue
    }
    for (const r of nearestPrinted(rows, entry.code)) {
      const f = cellFig(t, r, colKey)
      if (f) entry.parts.push(f)
    }
  }
  return out
}

/** The figures that make up a value: [printed] or the parts. */
export const classFigs = (c: ClassAmount): Fig[] => (c.printed ? [c.printed] : c.parts)

/**
 * A code's amount in one column: its printed row, else the sum of its nearest printed descendants
 * (a table that prints only 项 still has a 类 amount); null when the table has neither.
 */
export function amountAt(t: RecognisedTable, rows: readonly TableRow[], code: string, key: string): Fig[] | null {
  const own = indexOf(rows).printed.get(code)
  if (own) {
    const f = cellFig(t, own, key)
    return f ? [f] : null
  }
  const parts = nearestPrinted(rows, code).map((r) => cellFig(t, r, key)).filter((f): f is Fig => f !== null)
  return parts.length ? parts : null
}

/** The table prints a row above `code` (so it is simply coarser there, not missing it). */
export function printsAncestor(rows: readonly TableRow[], code: string): boolean {
  const { printed } = indexOf(rows)
  return [3, 5].some((n) => n < code.length && printed.has(code.slice(0, n)))
}

/** Drill path of a code (model/classification.ts), for the rules' screen hints. */
export { drillPath } from '../model/classification'
