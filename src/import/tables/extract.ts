/**
 * The frame every table shares: preamble (title, 公开NN表, 部门, unit), header block, then the body line by
 * line: blank / 注 / 说明 / 栏次 / marker lines are structural, the rest are data lines read by the
 * layout's reader. Invariant: linesRead = rowsKept + rowsReported + rowsStructural.
 */
import type { ImportProblem, RecognisedTable, TableKind, TableRow, Unit } from '../../model/types'
import type { CsvRow } from '../csv'
import { departmentFromHeading, readMetaRow, yearFromTitle } from '../meta'
import { error, fileName, info } from '../problems'
import { text, type Text } from '../../i18n/text'
import { fatalHeaderOnly, MUST_HOLD_FIGURES, textInAmountColumn } from './refusals'
import { precisionInWan } from '../units'
import { clean, isBlankRow, isColumnNumberRow, isNoteText, nonEmptyCells, saysNoData } from '../text'
import type { TableContext } from './cells'
import { checkWidth } from './cells'
import { absorbLabelRow, firstNonPreamble, locateHeader } from './header'
import { chooseReader } from './readers'

export interface TableMeta {
  department: string | null
  departmentLine: number
  year: number | null
  yearLine: number
}

export type ExtractResult =
  | { ok: true; table: RecognisedTable; problems: ImportProblem[]; meta: TableMeta }
  | { ok: false; problems: ImportProblem[]; linesRead: number; stats?: RecognisedTable['stats'] }

interface Scan {
  marker: string | null
  unit: Unit | null
  meta: TableMeta
}

function scanMeta(rows: readonly CsvRow[], title: string | null, titleRow: number | null): Scan {
  const s: Scan = { marker: null, unit: null, meta: { department: null, departmentLine: 0, year: null, yearLine: 0 } }
  if (title !== null && titleRow !== null) {
    s.meta.year = yearFromTitle(title)
    if (s.meta.year !== null) s.meta.yearLine = rows[titleRow]?.line ?? 0
  }
  rows.forEach((row, i) => {
    const filled = nonEmptyCells(row.cells)
    if (filled.length === 0 || filled.length > 3) return
    // a subtitle such as "（2024年度）" above the header when the title itself prints no year
    if (s.meta.year === null && i < 8 && filled.length === 1 && /年度/.test(filled[0]!) && !isNoteText(filled[0]!)) {
      s.meta.year = yearFromTitle(filled[0]!)
      if (s.meta.year !== null) s.meta.yearLine = row.line
    }
    const heading = i < 8 && filled.length === 1 && !isNoteText(filled[0]!) ? departmentFromHeading(filled[0]!) : null
    if (heading && s.meta.department === null) {
      s.meta.department = heading
      s.meta.departmentLine = row.line
    }
    const m = readMetaRow(row.cells)
    s.marker ??= m.marker
    s.unit ??= m.unit
    if (m.department && s.meta.department === null) {
      s.meta.department = m.department
      s.meta.departmentLine = row.line
    }
  })
  return s
}

export function extractTable(
  kind: TableKind,
  rows: readonly CsvRow[],
  file: string,
  title: string | null,
  titleRow: number | null,
): ExtractResult {
  const problems: ImportProblem[] = []
  const scan = scanMeta(rows, title, titleRow)
  if (!scan.unit) {
    problems.push(
      info({
        code: 'unit.missing',
        file,
        line: 0,
        expected: text('problem.unit.missing.expected'),
        text: text('problem.unit.missing', { file: fileName(file) }),
      }),
    )
  }
  const unit: Unit = scan.unit ?? '万元'
  const block = locateHeader(rows, titleRow, kind !== 'threePublic')
  const fatal = (expected: Text, message: Text, line: number): ExtractResult => ({
    ok: false,
    problems: [...problems, error({ code: 'header.notFound', file, line, expected, text: message })],
    linesRead: rows.length,
  })
  if (!block && firstNonPreamble(rows, titleRow) >= rows.length) {
    if (MUST_HOLD_FIGURES.has(kind)) return fatalHeaderOnly(kind, file, rows, problems)
    return emptyTable(kind, rows, file, title, scan, unit, problems)
  }
  if (!block) return fatal(text('problem.header.notFound.expected'), text('problem.header.notFound', { file: fileName(file) }), 0)
  const labelled = absorbLabelRow(rows[block.end]?.cells ?? [], block)
  const ctx: TableContext = { file, unit, width: block.width, problems, precision: 0 }
  const chosen = chooseReader(kind, block, ctx)
  if (!chosen.ok) return fatal(chosen.expected, chosen.text, rows[block.start]?.line ?? 0)
  const reader = chosen.reader
  const out: TableRow[] = []
  const notes: string[] = []
  let kept = 0
  let reported = 0
  let structural = block.end
  let noData = false
  let lastNote = false
  for (let i = block.end; i < rows.length; i++) {
    const row = i === block.end && labelled.length ? blankCells(rows[i]!, labelled) : rows[i]!
    const filled = nonEmptyCells(row.cells)
    const first = filled[0] ?? ''
    const isNote: boolean =
      filled.length > 0 &&
      (isNoteText(first) || (lastNote && filled.length === 1 && /^[\d１-９]+\s*[.．、]/.test(first)))
    if (isBlankRow(row.cells) || isNote || (filled.length === 1 && saysNoData(first))) {
      structural++
      if (filled.length > 0) {
        notes.push(filled.join(' '))
        if (saysNoData(filled.join(''))) noData = true
      }
      lastNote = isNote || (lastNote && isBlankRow(row.cells))
      continue
    }
    lastNote = false
    if ((filled.length <= 3 && readMetaRow(row.cells).onlyMeta) || isColumnNumberRow(row.cells)) {
      structural++
      continue
    }
    const got = checkWidth(row, ctx) ? reader.read(row) : null
    if (got === null) {
      reported++
      continue
    }
    kept++
    if (i === block.end && labelled.length) for (const r of got) dropColumns(r, labelled)
    out.push(...got)
  }
  const textColumn = textInAmountColumn(problems, file, kept + reported)
  if (textColumn) {
    const stats = { linesRead: rows.length, rowsKept: 0, rowsReported: kept + reported, rowsStructural: structural }
    return { ok: false, problems: textColumn, linesRead: rows.length, stats }
  }
  if (out.length === 0 && reported === 0 && MUST_HOLD_FIGURES.has(kind) && !(noData && kind === 'gpbExpenditure')) {
    return fatalHeaderOnly(kind, file, rows, problems)
  }
  const table: RecognisedTable = {
    kind,
    file,
    title: title ?? '',
    marker: scan.marker,
    department: scan.meta.department,
    unit,
    precision: ctx.precision || precisionInWan(2, unit),
    columns: reader.columns,
    rows: out,
    notes: notes.map(clean),
    empty: noData || out.length === 0,
    stats: { linesRead: rows.length, rowsKept: kept, rowsReported: reported, rowsStructural: structural },
  }
  return { ok: true, table, problems, meta: scan.meta }
}

/** Only title / marker / 部门 / unit lines: the report printed the table without header or data. */
function emptyTable(
  kind: TableKind,
  rows: readonly CsvRow[],
  file: string,
  title: string | null,
  scan: Scan,
  unit: Unit,
  problems: ImportProblem[],
): ExtractResult {
  problems.push(
    info({
      code: 'table.noHeader',
      file,
      line: 0,
      expected: text('problem.table.noHeader.expected'),
      text: text('problem.table.noHeader', { file: fileName(file) }),
    }),
  )
  const table: RecognisedTable = {
    kind,
    file,
    title: title ?? '',
    marker: scan.marker,
    department: scan.meta.department,
    unit,
    precision: precisionInWan(2, unit),
    columns: [],
    rows: [],
    notes: [],
    empty: true,
    stats: { linesRead: rows.length, rowsKept: 0, rowsReported: 0, rowsStructural: rows.length },
  }
  return { ok: true, table, problems, meta: scan.meta }
}

/** The row with the given cells (0-based) read as blank: header labels printed in a data row. */
function blankCells(row: CsvRow, columns: readonly number[]): CsvRow {
  return { ...row, cells: row.cells.map((c, i) => (columns.includes(i) ? '' : c)) }
}

/** Cells that held header labels print no figure: the row has no value there, not a blank one. */
function dropColumns(row: TableRow, columns0: readonly number[]): void {
  for (const [key, column] of Object.entries(row.cells)) {
    if (!columns0.includes(column - 1)) continue
    delete row.cells[key]
    delete row.values[key]
  }
}
