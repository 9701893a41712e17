/**
 * The reading's self-check: right after import, each table's own arithmetic (the within-table and balance rules,
 * run on that table alone) tells whether it was read as printed.
 *  (a) 'ok'        every identity holds (up to rounding);
 *  (b) 'defects'   a few isolated cells disagree: a defect of the report, left to 数据核对;
 *  (c) 'structure' most identities fail — rows and figures out of step, columns misread: the table cannot be
 *                  read as printed, and none of its figures may be shown or compared.
 * Thresholds (docs/DATA.md): (c) needs the failures to point at STRUCTURE_MIN_CELLS or more separate cells (the
 * fewest cells that, if misprinted, would explain every failure) AND STRUCTURE_SHARE or more of all identities
 * checked to fail. A misprint breaks the few identities its one cell enters (2–4, one suspect cell); misaligned
 * rows or a misread column break identities all over the table.
 */
import { formatNumber } from '../model/format'
import { printed, text, type Param } from '../i18n/text'
import { problem } from '../model/problem'
import type { Dataset, FileReport, ImportProblem, RecognisedTable, TableKind } from '../model/types'
import { cellFig } from './figures'
import { summaryRow } from './keys'
import { tableFig, type TableFigure } from './locate'
import type { Fig } from './numeric'
import { totalRow } from './tables'
import { summaryBalanceRule, fiscalBalanceRule, govFundBalanceRule } from './rules/balance'
import { rowParts, threePublicParts } from './rules/within-rows'
import { summaryRows } from './rules/within-summary'
import { sumClassTotal, sumItemSection, sumSectionClass } from './rules/within-tree'
import type { Finding, Rule } from './types'

export const STRUCTURE_MIN_CELLS = 3
const STRUCTURE_SHARE = 0.25

const SELF_RULES: readonly Rule[] = [
  sumItemSection, sumSectionClass, sumClassTotal, rowParts, threePublicParts, summaryRows,
  summaryBalanceRule, fiscalBalanceRule, govFundBalanceRule,
]

export type ReadingVerdict = 'ok' | 'defects' | 'structure'

export interface ReadingCheck {
  verdict: ReadingVerdict
  /** identities checked */
  checked: number
  /** identities that fail beyond rounding */
  failed: Finding[]
  /** the fewest cells that would explain every failure */
  suspects: number
}

/** A dataset of just these tables (the first of each kind wins), for running rules on them before import ends. */
function tablesDataset(tables: readonly RecognisedTable[]): Dataset {
  const ds: Dataset = { meta: { id: 'self-check', department: '', year: 0, origin: 'imported' }, tables: {}, stated: [], files: [] }
  for (const t of tables) {
    ds.tables[t.kind] ??= t
    ds.files.push(t.file)
  }
  return ds
}

export function checkTableReading(t: RecognisedTable): ReadingCheck {
  const ds = tablesDataset([t])
  const tally = { checked: 0 }
  const failed: Finding[] = []
  for (const rule of SELF_RULES) {
    for (const f of rule.check({ ds, datasetId: ds.meta.id, tally })) if (f.class === 'mismatch') failed.push(f)
  }
  const suspects = suspectCells(failed)
  const verdict: ReadingVerdict =
    failed.length === 0
      ? 'ok'
      : suspects >= STRUCTURE_MIN_CELLS && failed.length >= STRUCTURE_SHARE * tally.checked
        ? 'structure'
        : 'defects'
  return { verdict, checked: tally.checked, failed, suspects }
}

/** The fewest cells that together enter every failed identity (greedy cover): how many misprints would explain them. */
function suspectCells(failed: readonly Finding[]): number {
  let open = failed.map((f) => new Set(f.where.map((r) => `${r.file}:${r.line}:${r.column ?? 0}`)))
  let k = 0
  while (open.length) {
    const count = new Map<string, number>()
    for (const cells of open) for (const c of cells) count.set(c, (count.get(c) ?? 0) + 1)
    let best = ''
    let most = 0
    for (const [c, n] of count) if (n > most) [best, most] = [c, n]
    open = open.filter((cells) => !cells.has(best))
    k++
  }
  return k
}

/** The same figure printed by another table, to show beside a table that could not be read. */
const COUNTERPART: Partial<Record<TableKind, { own: TableFigure | null; ownKey: string; other: TableFigure | 'fiscal.gpb' | 'fiscal.govFund' | 'fiscal.stateCapital' }>> = {
  summary: { own: '01.totalExpenditure', ownKey: '', other: '03.total' },
  income: { own: '02.total', ownKey: '', other: '01.totalIncome' },
  expenditure: { own: '03.total', ownKey: '', other: '01.totalExpenditure' },
  fiscalSummary: { own: '04.totalExpenditure', ownKey: '', other: '02.fiscal' },
  gpbExpenditure: { own: '05.total', ownKey: '', other: 'fiscal.gpb' },
  govFund: { own: null, ownKey: 'total', other: 'fiscal.govFund' },
  stateCapital: { own: null, ownKey: 'total', other: 'fiscal.stateCapital' },
}

function fiscalColumnFig(ds: Dataset, key: string): Fig | null {
  const t = ds.tables.fiscalSummary
  const row = t ? summaryRow(t, 'totalExpenditure') : null
  return t && row ? cellFig(t, row, key) : null
}

function counterpart(t: RecognisedTable, all: readonly RecognisedTable[]): Param {
  const c = COUNTERPART[t.kind]
  if (!c) return ''
  const ds = tablesDataset([t, ...all])
  const ownRow = c.own ? null : totalRow(t, c.ownKey)
  const own = c.own ? tableFig(ds, c.own) : ownRow ? cellFig(t, ownRow, c.ownKey) : null
  const other = c.other.startsWith('fiscal.') ? fiscalColumnFig(ds, c.other.slice(7)) : tableFig(ds, c.other as TableFigure)
  if (!own || !other || own.blank || other.blank) return ''
  return text('problem.table.structure.counterpart', { own: formatNumber(own.value), other: other.label, value: formatNumber(other.value) })
}

/** The first failure's two figures ('… 为 a，… 为 b'), without the difference and its classification. */
function example(f: Finding | undefined): Param {
  if (!f) return ''
  const p = f.text.params ?? {}
  if (f.text.key !== 'finding.outcome') return f.text
  return text('finding.outcome.example', { actual: p.actual!, actualValue: p.actualValue!, expected: p.expected!, expectedValue: p.expectedValue! })
}

/** The one problem that stands for a table that cannot be read as printed (verdict 'structure'). */
function structureProblem(t: RecognisedTable, check: ReadingCheck, all: readonly RecognisedTable[]): ImportProblem {
  return problem('error', {
    code: 'table.structure',
    file: t.file,
    line: 0,
    expected: text('problem.table.structure.expected'),
    text: text('problem.table.structure', {
      table: text(`table.${t.kind}`), file: printed(t.file), checked: check.checked, failed: check.failed.length,
      suspects: check.suspects, example: example(check.failed[0]), counterpart: counterpart(t, all),
    }),
  })
}

/**
 * Run the self-check over every table of an import: tables whose structure breaks are taken out of the result
 * (their file's rows count as reported, with one problem naming what was expected and found).
 */
export function screenReadings(tables: RecognisedTable[], problems: ImportProblem[], files: FileReport[]): RecognisedTable[] {
  const kept: RecognisedTable[] = []
  for (const t of tables) {
    const check = checkTableReading(t)
    const report = files.find((f) => f.file === t.file)
    // rows that could not be read already explain broken sums, and each has its own problem
    if (check.verdict !== 'structure' || (report?.rowsReported ?? 0) > 0) {
      kept.push(t)
      continue
    }
    problems.push(structureProblem(t, check, tables))
    if (report) {
      report.rowsReported += report.rowsKept
      report.rowsKept = 0
      report.fatal = true
    }
  }
  return kept
}
