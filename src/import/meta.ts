/** Lines above (or, in some exports, below) a table: 公开NN表 marker, 部门 line, unit line, title year. */
import type { Unit } from '../model/types'
import { parseUnitLine } from './units'
import { clean } from './text'

const MARKER = /公开\s*(\d{1,2})\s*表/
const DEPARTMENT = /(?:部门(?:名称)?|编制单位|单位名称|填报单位|预算单位)\s*[:：]\s*(.*)$/
const UNIT_PART = /(?:金额)?单位\s*[:：]\s*(?:万元|亿元|元)/

export interface CellMeta {
  marker: string | null
  department: string | null
  unit: Unit | null
}

function readMetaCell(text: string): CellMeta {
  const marker = MARKER.exec(text)
  const unit = parseUnitLine(text)
  let department: string | null = null
  const rest = text.replace(MARKER, ' ').replace(UNIT_PART, ' ')
  const d = DEPARTMENT.exec(rest)
  if (d) {
    const name = clean((d[1] ?? '').split(/\s{2,}|\u3000|\t/)[0])
    department = name || null
  }
  return { marker: marker ? `公开${(marker[1] ?? '').padStart(2, '0')}表` : null, department, unit }
}

export interface RowMeta extends CellMeta {
  /** every non-empty cell is marker, department or unit text */
  onlyMeta: boolean
}

export function readMetaRow(cells: readonly string[]): RowMeta {
  const out: RowMeta = { marker: null, department: null, unit: null, onlyMeta: true }
  let any = false
  for (const raw of cells) {
    const c = clean(raw)
    if (!c) continue
    any = true
    const m = readMetaCell(c)
    out.marker ??= m.marker
    out.department ??= m.department
    out.unit ??= m.unit
    if (!m.marker && !m.department && !m.unit) out.onlyMeta = false
  }
  if (!any) out.onlyMeta = false
  return out
}

/** Year printed in a title: "2024年度…", "2024年…决算". */
export function yearFromTitle(title: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(title)
  return m ? Number(m[1]) : null
}

/**
 * Department in a report heading printed above a table: "<部门> 2025 年度部门决算表", "<部门>2024年度决算".
 * Null when the text does not name a body before the year (a bare "2024年度部门决算" says nothing).
 */
export function departmentFromHeading(text: string): string | null {
  const m = /^(.+?)\s*(?:19|20)\d{2}\s*年度?\s*(?:部门)?(?:决算|预算)/.exec(clean(text))
  const name = clean(m?.[1])
  return name && !/决算|预算|表/.test(name) ? name : null
}
