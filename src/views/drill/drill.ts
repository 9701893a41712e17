/** View model of the drill-down: one level of the classification tree at a time. */
import { childrenAt, nodeAt, sumOf, type ClassTree, type TreeNode } from '@/model/tree'
import { pct, ratio } from '@/model/format'
import type { TableSpec } from '@/model/tableSpec'

export interface DrillLevel {
  nodes: TreeNode[]
  parentTotal: number | null
  crumbs: { path: string[]; label: string }[]
  /** the path was cut back because a code in it does not exist in this dataset */
  valid: boolean
}

export function drillLevel(tree: ClassTree, path: readonly string[], rootLabel: string): DrillLevel {
  const nodes = childrenAt(tree, path)
  if (!nodes) return { ...drillLevel(tree, [], rootLabel), valid: false }
  const parent = path.length ? nodeAt(tree, path) : null
  const parentTotal = parent ? parent.values.total ?? null : tree.total?.total ?? sumOf(tree.roots, 'total', tree.precision)
  const crumbs = [{ path: [] as string[], label: rootLabel }]
  path.forEach((_, i) => {
    const n = nodeAt(tree, path.slice(0, i + 1))
    if (n) crumbs.push({ path: path.slice(0, i + 1), label: `${n.code} ${n.name}` })
  })
  return { nodes, parentTotal, crumbs, valid: true }
}

export interface DrillLabels {
  code: string
  name: string
  total: string
  basic: string
  project: string
  share: string
}

export function drillSpec(level: DrillLevel, l: DrillLabels): TableSpec {
  return {
    columns: [
      { key: 'code', label: l.code, kind: 'text' },
      { key: 'name', label: l.name, kind: 'text', printed: true },
      { key: 'total', label: l.total, kind: 'amount' },
      { key: 'basic', label: l.basic, kind: 'amount' },
      { key: 'project', label: l.project, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
    ],
    rows: [...level.nodes]
      .sort((a, b) => (b.values.total ?? 0) - (a.values.total ?? 0))
      .map((n) => ({
        code: n.code,
        name: n.name,
        total: n.values.total ?? null,
        basic: n.values.basic ?? null,
        project: n.values.project ?? null,
        share: pct(ratio(n.values.total ?? null, level.parentTotal)),
        drill: n.children.length ? n.code : '',
        // a finding's row key and the item page's code (components/DataTable.vue)
        target: n.code,
        item: n.code,
      })),
  }
}
