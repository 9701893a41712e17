/**
 * The functional-classification tree 类 → 款 → 项 built from a code table (支出决算表 03, or 05 when 03 is missing).
 * Printed 类/款 rows are used as printed; levels the export does not print are summed from their children and
 * marked `derived`. Amounts stay in 万元 with the table's precision.
 */
import { levelOf, nameOf, parentCode, type Level } from './classification'
import type { RecognisedTable, Dataset } from './types'

export interface TreeNode {
  code: string
  name: string
  level: Level
  values: Record<string, number | null> // measure key -> 万元
  /** the export printed this row (false = summed from children) */
  printed: boolean
  line: number | null
  children: TreeNode[]
}

export interface ClassTree {
  roots: TreeNode[]
  /** the table's 合计 row values, when printed */
  total: Record<string, number | null> | null
  measures: string[]
  precision: number
  table: RecognisedTable
}

export function buildTree(table: RecognisedTable): ClassTree {
  const measures = table.columns.map((c) => c.key)
  const nodes = new Map<string, TreeNode>()
  const scale = 10 ** table.precision
  const ensure = (code: string): TreeNode => {
    let node = nodes.get(code)
    if (!node) {
      node = { code, name: nameOf(code), level: levelOf(code) ?? 'item', values: {}, printed: false, line: null, children: [] }
      nodes.set(code, node)
      const parent = parentCode(code)
      if (parent) ensure(parent).children.push(node)
    }
    return node
  }
  let total: Record<string, number | null> | null = null
  for (const row of table.rows) {
    if (row.isTotal && !row.code) {
      total ??= row.values
      continue
    }
    if (!row.code || !levelOf(row.code)) continue
    const node = ensure(row.code)
    node.printed = true
    node.line = row.line
    node.name = nameOf(row.code, row.name)
    node.values = { ...row.values }
  }
  const roots = [...nodes.values()].filter((n) => n.level === 'class')
  const fill = (node: TreeNode) => {
    node.children.forEach(fill)
    node.children.sort((a, b) => a.code.localeCompare(b.code))
    if (node.printed) return
    for (const m of measures) {
      let sum = 0
      let any = false
      for (const c of node.children) {
        const v = c.values[m]
        if (v !== null && v !== undefined) {
          sum += Math.round(v * scale)
          any = true
        }
      }
      node.values[m] = any ? sum / scale : null
    }
  }
  roots.forEach(fill)
  roots.sort((a, b) => a.code.localeCompare(b.code))
  return { roots, total, measures, precision: table.precision, table }
}

/** The expenditure table the drill-down uses: 支出决算表, else 一般公共预算财政拨款支出决算表. */
export function expenditureTable(ds: Dataset): RecognisedTable | null {
  const t = ds.tables.expenditure
  if (t && !t.empty && t.rows.some((r) => r.code)) return t
  const g = ds.tables.gpbExpenditure
  return g && !g.empty ? g : null
}

/** Node at a drill path ('201' → '20102' …); null path = the roots. */
export function childrenAt(tree: ClassTree, path: readonly string[]): TreeNode[] | null {
  let level = tree.roots
  for (const code of path) {
    const next = level.find((n) => n.code === code)
    if (!next) return null
    level = next.children
  }
  return level
}

export function nodeAt(tree: ClassTree, path: readonly string[]): TreeNode | null {
  let level = tree.roots
  let node: TreeNode | null = null
  for (const code of path) {
    node = level.find((n) => n.code === code) ?? null
    if (!node) return null
    level = node.children
  }
  return node
}

/** Sum of a level's values in integer units of the precision, back to 万元. */
export function sumOf(nodes: readonly TreeNode[], measure: string, precision: number): number {
  const scale = 10 ** precision
  return nodes.reduce((s, n) => s + Math.round((n.values[measure] ?? 0) * scale), 0) / scale
}
