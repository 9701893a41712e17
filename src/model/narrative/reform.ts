/** 机构改革划转: what the reform moved to the receiving body (amounts, staff, units) and the budget lines it touched. */
import { topicIndex, num, text, figuresOf } from '@/model/stated'
import { sumCents } from '@/model/format'
import type { Dataset, StatedFigure } from '@/model/types'
import { budgetView, type BudgetLine } from './budget'
import { performanceView, type Project } from './performance'

/** The amounts the report says were moved out to the receiving body. */
export const MOVED_ITEMS = ['securityService', 'businessExpense', 'operatingItems'] as const

export interface ReformView {
  from: string
  receiver: string | null
  unitMoved: string | null
  sectionDropped: string | null
  staff: { total: number | null; shiye: number | null; xingzheng: number | null }
  moved: { id: string; name: string; value: number }[]
  movedTotal: number | null
  retained: { lineLeaseRetained: number | null; lineLeaseTransferredIn: number | null }
  /** budget lines whose stated reason names the reform */
  lines: BudgetLine[]
  /** evaluated projects with a reform adjustment */
  projects: Project[]
  figures: StatedFigure[]
}

export function reformView(ds: Dataset): ReformView {
  const idx = topicIndex(ds.stated, 'reform')
  const moved = MOVED_ITEMS.flatMap((id) => {
    const f = idx.get(id)?.get('amount')
    return f && f.value !== null ? [{ id, name: f.name, value: f.value }] : []
  })
  const budget = budgetView(ds)
  const perf = performanceView(ds)
  return {
    from: ds.meta.department,
    receiver: text(idx, 'receiver', 'name'),
    unitMoved: text(idx, 'unitMoved', 'name') ?? firstText(idx, 'unitMoved'),
    sectionDropped: text(idx, 'sectionDropped', 'name') ?? firstText(idx, 'sectionDropped'),
    staff: { total: num(idx, 'staff', 'total'), shiye: num(idx, 'staff', 'shiye'), xingzheng: num(idx, 'staff', 'xingzheng') },
    moved,
    movedTotal: sumCents(moved.map((m) => m.value)),
    retained: { lineLeaseRetained: num(idx, 'lineLeaseRetained', 'amount'), lineLeaseTransferredIn: num(idx, 'lineLeaseTransferredIn', 'amount') },
    lines: budget.lines.filter((l) => (l.reason ?? '').includes('机构改革')),
    projects: perf.projects.filter((p) => p.adjustment !== null && p.adjustment < 0),
    figures: figuresOf(idx),
  }
}

function firstText(idx: ReturnType<typeof topicIndex>, item: string): string | null {
  const m = idx.get(item)
  return m ? ([...m.values()][0]?.text ?? null) : null
}
