/**
 * The item page of one 类/款/项: this year's amount and its basic/project split, 年初预算 and completion rate (the
 * budget screen's own reading, model/narrative/budget.ts), last year, its share of the parent and of the total, the
 * report's stated figures and reasons for the code, the findings about it, and where each figure was printed. Pure.
 */
import { concernsCode } from '@/audit/target'
import { fileLine, placeOf, placeText, statedPlace } from '@/audit/place'
import { cellFig } from '@/audit/figures'
import type { Finding } from '@/audit'
import { budgetExecution, type BudgetLine } from '@/model/narrative/budget'
import { diff, pct, ratio } from '@/model/format'
import { nodeAt, sumOf, type ClassTree, type TreeNode } from '@/model/tree'
import { drillPath, type Level } from '@/model/classification'
import type { Dataset, SourceRef, StatedFigure, TableKind } from '@/model/types'
import type { TableSpec } from '@/model/tableSpec'
import { mark } from '@/i18n/text'
import { priorLineAmount, type PriorLine } from '@/model/priorYear'

export interface Printed {
  kind: TableKind
  /** '公开05表' or the table's title */
  table: string
  value: number | null
  ref: SourceRef
}

export interface ItemView {
  code: string
  name: string
  level: Level
  /** the line as printed in the drill-down's table (false: summed from its printed children) */
  printed: boolean
  crumbs: { code: string; name: string }[]
  total: number | null
  basic: number | null
  project: number | null
  /** the same code's row in every code table that prints it (02, 03, 05, 07, 08) */
  printedIn: Printed[]
  /** the 五（三） line of this code, when the report states one */
  budget: BudgetLine | null
  prior: PriorLine
  /** this year − last year, on cents */
  change: number | null
  changePct: number | null
  /** percent, 0.01 pp */
  shareOfParent: number | null
  shareOfTotal: number | null
  /** every figure the report states for this code (五（三）, 类 structure …), each with quote and section */
  stated: StatedFigure[]
  reasons: StatedFigure[]
  children: TreeNode[]
  findings: Finding[]
}

/** Tables whose rows are functional classification codes (06 lists economic codes). */
const FUNCTIONAL: readonly TableKind[] = ['income', 'expenditure', 'gpbExpenditure', 'govFund', 'stateCapital']

function printedIn(ds: Dataset, code: string): Printed[] {
  const out: Printed[] = []
  for (const kind of FUNCTIONAL) {
    const t = ds.tables[kind]
    const row = t && !t.empty ? t.rows.find((r) => r.code === code) : undefined
    const fig = t && row ? cellFig(t, row, 'total') : null
    if (t && fig) out.push({ kind, table: t.marker ?? t.title, value: fig.blank ? null : fig.value, ref: fig.ref })
  }
  return out
}

export interface ItemInput {
  ds: Dataset
  tree: ClassTree
  code: string
  findings: readonly Finding[]
  /** every loaded dataset, for last year's report */
  all: readonly Dataset[]
}

export function itemView({ ds, tree, code, findings, all }: ItemInput): ItemView | null {
  const path = drillPath(code)
  const node = nodeAt(tree, path)
  if (!node) return null
  const parent = path.length > 1 ? nodeAt(tree, path.slice(0, -1)) : null
  const grand = tree.total?.total ?? sumOf(tree.roots, 'total', tree.precision)
  const total = node.values.total ?? null
  // last year's line: the loaded prior-year report of the department, else this report's own 上年数 (model/priorYear.ts)
  const prior = priorLineAmount(ds, all, code)
  const change = diff(total, prior.value)
  const stated = ds.stated.filter((f) => f.code === code && !f.derived)
  return {
    code, name: node.name, level: node.level, printed: node.printed,
    crumbs: path.map((c) => ({ code: c, name: nodeAt(tree, drillPath(c))?.name ?? c })),
    total, basic: node.values.basic ?? null, project: node.values.project ?? null,
    printedIn: printedIn(ds, code),
    budget: budgetExecution(ds).lines.find((l) => l.code === code) ?? null,
    prior, change, changePct: pct(ratio(change, prior.value)),
    shareOfParent: pct(ratio(total, parent ? parent.values.total ?? null : grand)),
    shareOfTotal: pct(ratio(total, grand)),
    stated: stated.filter((f) => f.value !== null),
    reasons: stated.filter((f) => f.measure === 'reason' && f.text),
    children: node.children,
    findings: findings.filter((f) => concernsCode(f, ds, code)),
  }
}

/** The item index (the screen without a code): every 类/款/项 of the drill-down's table, each linking to its page. */
export function itemIndexSpec(
  tree: ClassTree,
  l: { code: string; name: string; level: string; levelName: (lv: Level) => string; total: string; basic: string; project: string },
): TableSpec {
  const rows: TableSpec['rows'] = []
  const walk = (nodes: readonly TreeNode[], depth: number) => {
    for (const n of nodes) {
      rows.push({
        code: n.code, name: `${'　'.repeat(depth)}${n.name}`, level: l.levelName(n.level),
        total: n.values.total ?? null, basic: n.values.basic ?? null, project: n.values.project ?? null, item: n.code,
      })
      walk(n.children, depth + 1)
    }
  }
  walk(tree.roots, 0)
  return {
    columns: [
      { key: 'code', label: l.code, kind: 'text' },
      { key: 'name', label: l.name, kind: 'text', printed: true },
      { key: 'level', label: l.level, kind: 'text' },
      { key: 'total', label: l.total, kind: 'amount' },
      { key: 'basic', label: l.basic, kind: 'amount' },
      { key: 'project', label: l.project, kind: 'amount' },
    ],
    rows,
  }
}

export interface PlaceLabels {
  figure: string
  value: string
  where: string
  file: string
  /** display name of a stated measure or a table figure */
  measure: (m: string) => string
  prior: string
  /** an amount in the unit in view */
  amount: (wan: number | null) => string
}

/** A stated figure's value: amounts in the unit in view, percents as printed, other units as printed (marked). */
function statedValue(f: StatedFigure, amount: (wan: number | null) => string): string {
  if (f.unit === '万元') return amount(f.value)
  if (f.unit === '%') return `${f.text}%`
  return f.unit ? mark(`${f.text}${f.unit}`) : mark(f.text)
}

/** Where each figure of the page was printed: the code's table rows, the report's statements, last year's line. */
export function placesSpec(v: ItemView, l: PlaceLabels): TableSpec {
  // a table cell or last year's line by its ref alone (file:line:column); a stated figure by its quote and section
  const at = (r: SourceRef) => fileLine(placeOf(null, r))
  return {
    columns: [
      { key: 'figure', label: l.figure, kind: 'text' },
      { key: 'value', label: l.value, kind: 'text' },
      { key: 'where', label: l.where, kind: 'text', printed: true },
      { key: 'file', label: l.file, kind: 'text', printed: true },
    ],
    rows: [
      ...v.printedIn.map((p) => ({ figure: `${mark(p.table)} ${l.measure('total')}`, value: l.amount(p.value), where: p.ref.section ?? p.table, file: at(p.ref) })),
      ...v.stated.map((f) => ({ figure: l.measure(f.measure), value: statedValue(f, l.amount), where: placeText(statedPlace(f)), file: fileLine(statedPlace(f)) })),
      ...v.prior.refs.map((r) => ({ figure: l.prior, value: l.amount(v.prior.value), where: r.section ?? '', file: at(r) })),
    ],
  }
}

/** Children of an item as a table (code, name → their item pages, amount, share of this item). */
export function childrenSpec(v: ItemView, l: { code: string; name: string; total: string; share: string }): TableSpec {
  return {
    columns: [
      { key: 'code', label: l.code, kind: 'text' },
      { key: 'name', label: l.name, kind: 'text', printed: true },
      { key: 'total', label: l.total, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
    ],
    rows: v.children.map((c) => ({ code: c.code, name: c.name, total: c.values.total ?? null, share: pct(ratio(c.values.total ?? null, v.total)), item: c.code })),
  }
}
