/**
 * Locate the header block of a table and build one header path per physical column.
 * Merged cells print their text in the first cell only, so a blank header cell inherits the text to its
 * left when a lower header row has text in that column and both columns share the same parents
 * ("本年支出" over "小计 | 基本支出 | 项目支出" → "本年支出/基本支出").
 */
import type { CsvRow } from '../csv'
import { isNumeric } from '../amount'
import { readMetaRow } from '../meta'
import {
  clean,
  isBlankRow,
  isColumnNumberRow,
  isNoteText,
  isTotalLabel,
  nonEmptyCells,
  norm,
  saysNoData,
  usedWidth,
} from '../text'

export interface HeaderBlock {
  /** index (in rows) of the first header row */
  start: number
  /** index of the first row after the header block (after the 栏次 row when printed) */
  end: number
  /** one path per column, top to bottom, duplicates collapsed */
  paths: string[][]
  /** columns the header spans */
  width: number
  /** index of the 栏次 row, when printed */
  columnNumbers: number | null
}

const MAX_HEADER_ROWS = 6
const HEADER_WORDS = /^(项目|科目代码|科目编码|科目名称|功能分类科目编码|类|款|项|栏次|行次|金额|收入|支出|预算数|决算数)$/

/** A row that starts the data: a code or amount, a 合计/总计 label, or an ordinal label "一、…". */
function looksLikeData(cells: readonly string[], allowTotalLabel: boolean): boolean {
  if (isColumnNumberRow(cells)) return false
  const filled = nonEmptyCells(cells)
  if (filled.some((c) => isNumeric(c))) return true
  const first = filled[0] ?? ''
  if (allowTotalLabel && isTotalLabel(first)) return true
  return /^[一二三四五六七八九十]+[、.．]/.test(first)
}

/** Title, marker, unit, department and other single-cell lines above the header. */
function isPreamble(cells: readonly string[], isTitleRow: boolean): boolean {
  if (isTitleRow || isBlankRow(cells)) return true
  if (readMetaRow(cells).onlyMeta) return true
  const filled = nonEmptyCells(cells)
  return filled.length === 1 && !HEADER_WORDS.test(norm(filled[0]))
}

/** Index of the first row after title / marker / unit / 部门 lines (rows.length when there is none). */
export function firstNonPreamble(rows: readonly CsvRow[], titleRow: number | null): number {
  let i = 0
  while (i < rows.length && isPreamble(rows[i]?.cells ?? [], i === titleRow)) i++
  return i
}

export function locateHeader(
  rows: readonly CsvRow[],
  titleRow: number | null,
  allowTotalLabel: boolean,
): HeaderBlock | null {
  const start = firstNonPreamble(rows, titleRow)
  if (start >= rows.length) return null
  const first = rows[start]?.cells ?? []
  if (looksLikeData(first, allowTotalLabel) || isColumnNumberRow(first)) return null
  let end = start
  let columnNumbers: number | null = null
  while (end < rows.length && end - start < MAX_HEADER_ROWS + 2) {
    const cells = rows[end]?.cells ?? []
    if (isColumnNumberRow(cells)) {
      columnNumbers = end
      break
    }
    if (looksLikeData(cells, allowTotalLabel) || endsHeader(cells)) break
    end++
  }
  // without a 栏次 row, trailing blank rows belong to the data region
  if (columnNumbers === null) while (end > start && isBlankRow(rows[end - 1]?.cells ?? [])) end--
  const headerRows = rows.slice(start, end).map((r) => r.cells)
  const numbers = columnNumbers === null ? 0 : usedWidth(rows[columnNumbers]?.cells ?? [])
  const width = Math.max(numbers, ...headerRows.map(usedWidth))
  return {
    start,
    end: columnNumbers === null ? end : columnNumbers + 1,
    paths: columnPaths(headerRows, width),
    width,
    columnNumbers,
  }
}

/** Notes and marker/unit lines close the header even when no data row follows (header-only files). */
function endsHeader(cells: readonly string[]): boolean {
  const first = nonEmptyCells(cells)[0] ?? ''
  return isNoteText(first) || saysNoData(first) || readMetaRow(cells).onlyMeta
}

function columnPaths(headerRows: readonly (readonly string[])[], width: number): string[][] {
  const grid = headerRows.filter((r) => !isBlankRow(r)).map((r) => Array.from({ length: width }, (_, c) => clean(r[c])))
  const eff: string[][] = grid.map((r) => r.slice())
  for (let r = 0; r < grid.length; r++) {
    for (let c = 1; c < width; c++) {
      if (eff[r]![c] !== '') continue
      const left = eff[r]![c - 1]!
      if (left === '') continue
      const childBelow = grid.slice(r + 1).some((row) => row[c] !== '')
      const sameParents = eff.slice(0, r).every((row) => row[c] === row[c - 1])
      if (childBelow && sameParents) eff[r]![c] = left
    }
  }
  const paths: string[][] = []
  for (let c = 0; c < width; c++) {
    const path: string[] = []
    for (const row of eff) {
      const t = row[c] ?? ''
      if (t && path[path.length - 1] !== t) path.push(t)
    }
    paths.push(path)
  }
  return paths
}

/**
 * Sub-labels printed in the first data row instead of a header row of their own: "合计 | 基本支出 | 项目支出" under
 * 本年支出 on the 合计 row (08/09 of some exports), or "类 | 款 | 项" beside the 合计 label. A run of text cells whose
 * first column has a header and whose following columns have none is such a run: the labels join the header
 * (本年支出 → 本年支出/基本支出, 科目编码 → 科目编码/款), and the cells are read as blank in that row.
 * Returns the columns (0-based) whose cells were labels; the block's paths are updated in place.
 */
export function absorbLabelRow(row: readonly string[], block: HeaderBlock): number[] {
  const isLabel = (c: number) => {
    const t = clean(row[c])
    return t !== '' && !isNumeric(t) && !/\d/.test(t)
  }
  const absorbed: number[] = []
  for (let s = 0; s < block.width; s++) {
    const head = block.paths[s] ?? []
    if (head.length === 0 || !isLabel(s)) continue
    let e = s
    while (e + 1 < block.width && (block.paths[e + 1] ?? []).length === 0 && isLabel(e + 1)) e++
    if (e === s) continue
    const parent = head.slice()
    for (let c = s; c <= e; c++) {
      block.paths[c] = [...parent, clean(row[c])]
      absorbed.push(c)
    }
    s = e
  }
  return absorbed
}
