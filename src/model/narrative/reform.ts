/**
 * 机构改革划转 read from the stated figures of topic `reform` (vocabulary in docs/DATA.md): staff moved, the units
 * and internal sections moved or dropped, and every transfer of funds the report lists (`transfer1`, `transfer2`, …
 * in any number), each amount with its direction. Names come from the data; nothing here names a department,
 * project or receiving body. Pure.
 */
import { topicIndex, num, text, figuresOf, type TopicIndex } from '@/model/stated'
import { sumCents } from '@/model/format'
import type { Dataset, StatedFigure } from '@/model/types'
import { isItemOf, type StatedItem } from '@/model/vocabulary'
import { budgetExecution, type BudgetLine } from './budget'
import { performanceEvaluation, type Project } from './performance'

/** One listed transfer of funds: the item (as printed) and the amounts the report states for it, by direction. */
export interface Transfer {
  id: `transfer${number}`
  name: string
  /** the other body: the transfer's own `counterpart`, else the reform's `receiver` */
  counterpart: string | null
  /** moved out of this unit to the other body */
  out: number | null
  /** moved into this unit from the other body */
  in: number | null
  /** the part of the item that stayed with this unit */
  keptHere: number | null
  /** the part of the item that stayed with (or went to) the other body */
  keptOther: number | null
}

/** A unit (二级机构) or internal section moved out, moved in, or no longer kept; `name` is the printed name. */
export interface Move {
  id: `unit${number}` | `section${number}`
  name: string
  direction: 'out' | 'in' | 'dropped'
}

export interface ReformTransfers {
  from: string
  year: number
  receiver: string | null
  staff: { total: number | null; shiye: number | null; xingzheng: number | null }
  units: Move[]
  sections: Move[]
  transfers: Transfer[]
  /** the transfers with an amount moved out, in the order listed */
  moved: { id: Transfer['id']; name: string; to: string | null; value: number }[]
  movedTotal: number | null
  /** budget lines whose stated reason names the reform */
  lines: BudgetLine[]
  /** evaluated projects that are one of the transfers (same printed name, or an adjustment equal to an amount moved out) */
  projects: Project[]
  figures: StatedFigure[]
  /** false when the report states no reform figure at all */
  present: boolean
}

const DIRECTIONS = ['out', 'in', 'dropped'] as const

export function transfersOf(idx: TopicIndex): Transfer[] {
  const receiver = text(idx, 'receiver', 'name')
  return [...idx.entries()]
    .flatMap(([id, m]) => (isItemOf('transfer', id) ? [{ id, m }] : []))
    .map(({ id, m }) => ({
      id,
      name: [...m.values()][0]?.name ?? id,
      counterpart: text(idx, id, 'counterpart') ?? receiver,
      out: num(idx, id, 'out'),
      in: num(idx, id, 'in'),
      keptHere: num(idx, id, 'keptHere'),
      keptOther: num(idx, id, 'keptOther'),
    }))
}

export function reformTransfers(ds: Dataset): ReformTransfers {
  const idx = topicIndex(ds.stated, 'reform')
  const transfers = transfersOf(idx)
  const moved = transfers.flatMap((t) => (t.out === null ? [] : [{ id: t.id, name: t.name, to: t.counterpart, value: t.out }]))
  const figures = figuresOf(idx)
  return {
    from: ds.meta.department,
    year: ds.meta.year,
    receiver: text(idx, 'receiver', 'name'),
    staff: { total: num(idx, 'staff', 'total'), shiye: num(idx, 'staff', 'shiye'), xingzheng: num(idx, 'staff', 'xingzheng') },
    units: moves(idx, 'unit'),
    sections: moves(idx, 'section'),
    transfers,
    moved,
    movedTotal: sumCents(moved.map((m) => m.value)),
    lines: budgetExecution(ds).lines.filter((l) => (l.reason ?? '').includes('机构改革')),
    projects: touchedProjects(ds, transfers),
    figures,
    present: figures.length > 0,
  }
}

function moves(idx: TopicIndex, family: 'unit' | 'section'): Move[] {
  return [...idx.entries()].flatMap(([id, m]) => isItemOf(family, id)
    ? DIRECTIONS.flatMap((direction) => {
      const f = m.get(direction)
      return f && f.text ? [{ id, name: f.text, direction }] : []
    })
    : [])
}

function touchedProjects(ds: Dataset, transfers: readonly Transfer[]): Project[] {
  if (!transfers.length) return []
  const names = new Set(transfers.map((t) => t.name))
  const outCents = new Set(transfers.flatMap((t) => (t.out === null ? [] : [Math.round(t.out * 100)])))
  const altNames = new Map<StatedItem, string[]>()
  for (const f of ds.stated) {
    if (f.topic === 'performance' && f.measure === 'nameAlt' && f.text) altNames.set(f.item, [...(altNames.get(f.item) ?? []), f.text])
  }
  return performanceEvaluation(ds).projects.filter(
    (p) =>
      names.has(p.name) ||
      (altNames.get(p.id) ?? []).some((n) => names.has(n)) ||
      (p.adjustment !== null && p.adjustment < 0 && outCents.has(Math.round(-p.adjustment * 100))),
  )
}
