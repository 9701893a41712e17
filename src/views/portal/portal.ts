/** View model of the whole-city screen over a FactStore: drill level, department ranking, series. Pure. */
import { compareDepartments, drill, series, type FactStore } from '@/model/facts'
import type { TableSpec } from '@/model/tableSpec'
import { diff, pct, ratio } from '@/model/format'

export interface PortalQuery {
  year: number
  measure: string
  department: string | null
  path: string[]
}

export const MEASURES = ['total', 'basic', 'project'] as const

/**
 * One drill level, with each child's change against the same code a year earlier where the data has that year
 * (null otherwise: a missing year is not a change of zero).
 */
export function cityLevel(store: FactStore, q: PortalQuery) {
  const parent = q.path[q.path.length - 1] ?? null
  const level = drill(store, { year: q.year, department: q.department, table: 'expenditure', measure: q.measure, parent })
  const hasPrior = store.index.years.includes(q.year - 1)
  const prior = hasPrior ? drill(store, { year: q.year - 1, department: q.department, table: 'expenditure', measure: q.measure, parent }) : null
  const before = new Map(prior?.children.map((c) => [c.code, c.value]))
  const change = (code: string, value: number) => {
    const b = before.get(code)
    return b === undefined ? null : diff(value, b)
  }
  return { ...level, children: level.children.map((c) => ({ ...c, change: change(c.code, c.value) })) }
}

export function ranking(store: FactStore, q: PortalQuery, limit = 50) {
  const code = q.path[q.path.length - 1] ?? ''
  const cmp = compareDepartments(store, { year: q.year, table: 'expenditure', measure: q.measure, code })
  return { total: cmp.total, rows: cmp.rows.slice(0, limit), count: cmp.rows.length }
}

export function departmentSeries(store: FactStore, q: PortalQuery) {
  return series(store, { department: q.department, table: 'expenditure', measure: q.measure, code: q.path[q.path.length - 1] ?? '' })
}

export function levelSpec(level: ReturnType<typeof cityLevel>, l: Record<'code' | 'name' | 'amount' | 'share' | 'change', string>): TableSpec {
  return {
    columns: [
      { key: 'code', label: l.code, kind: 'text' },
      { key: 'name', label: l.name, kind: 'text', printed: true },
      { key: 'amount', label: l.amount, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
      { key: 'change', label: l.change, kind: 'amount' },
    ],
    rows: [...level.children]
      .sort((a, b) => b.value - a.value)
      .map((c) => ({
        code: c.code, name: c.name, amount: c.value, share: pct(ratio(c.value, level.total)), change: c.change,
        drill: c.code.length < 7 ? c.code : '',
      })),
  }
}

export function rankingSpec(r: ReturnType<typeof ranking>, l: Record<'rank' | 'department' | 'amount' | 'share' | 'change' | 'changePct', string>): TableSpec {
  return {
    columns: [
      { key: 'rank', label: l.rank, kind: 'number' },
      { key: 'department', label: l.department, kind: 'text', printed: true },
      { key: 'amount', label: l.amount, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
      { key: 'change', label: l.change, kind: 'amount' },
      { key: 'changePct', label: l.changePct, kind: 'percent' },
    ],
    rows: r.rows.map((x) => ({
      rank: x.rank, department: x.department, amount: x.value, share: pct(x.share), change: x.change,
      changePct: x.changePct === null ? null : Math.round(x.changePct * 100) / 100,
    })),
  }
}
