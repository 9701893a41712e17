/**
 * The stated-figures file: long format, header 主题,条目,科目代码,名称,指标,数值,单位,原文,出处 (columns found
 * by name). One StatedFigure per row; value = number from 数值 when the unit is numeric, text = 数值 as printed, quote = 原文.
 * The one place where the printed 主题/条目/指标 become keys (model/vocabulary.ts): a row whose topic, item (for its
 * topic) or measure is not in the vocabulary — a fixed key, a key of an open family, or a key of the report's own
 * (`x.<identifier>`) — is reported with its file, line and column, and not kept.
 */
import type { ImportProblem, StatedFigure } from '../../model/types'
import {
  isStatedItem, isStatedMeasure, isStatedTopic, STATED_ITEMS, STATED_MEASURES, STATED_TOPICS,
  type ItemFamily, type StatedItem, type StatedMeasure, type StatedTopic,
} from '../../model/vocabulary'
import { normaliseCode } from '../../model/classification'
import { parseAmount } from '../amount'
import type { CsvRow } from '../csv'
import { readMetaRow, yearFromTitle } from '../meta'
import { error, fileName, shown } from '../problems'
import { joined, printed, text, type Param } from '../../i18n/text'
import { isStatedHeader } from '../recognise'
import { clean, isBlankRow, nonEmptyCells, norm } from '../text'
import type { TableMeta } from './extract'

export interface StatedResult {
  ok: boolean
  figures: StatedFigure[]
  problems: ImportProblem[]
  meta: TableMeta
  stats: { linesRead: number; rowsKept: number; rowsReported: number; rowsStructural: number }
}

const NEEDED = ['主题', '条目', '指标', '数值'] as const

export function readStated(rows: readonly CsvRow[], file: string): StatedResult {
  const res: StatedResult = {
    ok: true,
    figures: [],
    problems: [],
    meta: { department: null, departmentLine: 0, year: null, yearLine: 0 },
    stats: { linesRead: rows.length, rowsKept: 0, rowsReported: 0, rowsStructural: 0 },
  }
  const h = rows.findIndex((r) => isStatedHeader(r.cells))
  for (const row of rows.slice(0, Math.max(h, 0))) {
    const m = readMetaRow(row.cells)
    if (m.department && !res.meta.department) Object.assign(res.meta, { department: m.department, departmentLine: row.line })
    const year = nonEmptyCells(row.cells).length === 1 ? yearFromTitle(clean(row.cells[0])) : null
    if (year && !res.meta.year) Object.assign(res.meta, { year, yearLine: row.line })
  }
  const header = rows[h]?.cells.map(norm) ?? []
  const col = (name: string) => header.indexOf(name)
  res.stats.rowsStructural = h + 1
  const width = Math.max(...NEEDED.map(col)) + 1
  for (const row of rows.slice(h + 1)) {
    if (isBlankRow(row.cells)) {
      res.stats.rowsStructural++
      continue
    }
    const figure = readFigure(row, col, width, file, res.problems)
    if (figure) {
      res.figures.push(figure)
      res.stats.rowsKept++
    } else res.stats.rowsReported++
  }
  return res
}

function readFigure(
  row: CsvRow,
  col: (name: string) => number,
  width: number,
  file: string,
  problems: ImportProblem[],
): StatedFigure | null {
  const get = (name: string) => (col(name) >= 0 ? clean(row.cells[col(name)]) : '')
  if (row.cells.length < width) {
    problems.push(
      error({ code: 'row.short', file, line: row.line, column: row.cells.length + 1, value: row.cells.join(' | '), expected: text('problem.row.short.statedExpected'), text: text('problem.row.short.stated', { file: fileName(file), line: row.line, n: row.cells.length }) }),
    )
    return null
  }
  const keys = readKeys(row, col, file, problems)
  if (!keys) return null
  const number = get('数值')
  const unit = get('单位')
  let value: number | null = null
  if (unit !== '' && number !== '') {
    const p = parseAmount(number.replace(/[%％]$/, ''))
    if (!p.ok) {
      const column = col('数值') + 1
      problems.push(
        error({ code: 'amount.invalid', file, line: row.line, column, value: number, expected: text('problem.amount.invalid.statedExpected', { unit: printed(unit) }), text: text('problem.amount.invalid.stated', { file: fileName(file), line: row.line, column, value: printed(shown(number)) }) }),
      )
      return null
    }
    value = p.value
  }
  const rawCode = get('科目代码')
  const figure: StatedFigure = {
    topic: keys.topic,
    item: keys.item,
    code: rawCode ? normaliseCode(rawCode) : null,
    name: get('名称'),
    measure: keys.measure,
    value,
    text: number,
    quote: get('原文') || undefined,
    unit,
    source: { file, line: row.line, section: get('出处') },
  }
  if (/^(是|true|1|derived|推算)$/i.test(get('推算'))) figure.derived = true
  return figure
}

/** The report's own keys as the expectation shows them (`x.<identifier>`), for items and measures alike. */
const OWN_SHOWN = text('problem.stated.own')

/** A family as the expectation shows it: the kind of code, a numbered prefix (`p1, p2, …`), or the report's own keys. */
function familyShown(f: ItemFamily): Param {
  if (f === 'x') return OWN_SHOWN
  return f === 'classCode' || f === 'code' ? text(`problem.stated.item.${f}`) : text('problem.stated.item.numbered', { first: `${f}1`, second: `${f}2` })
}

/** The row's topic, item and measure as keys; null (with one problem naming the cell) when one is not in the vocabulary. */
function readKeys(
  row: CsvRow,
  col: (name: string) => number,
  file: string,
  problems: ImportProblem[],
): { topic: StatedTopic; item: StatedItem; measure: StatedMeasure } | null {
  const cell = (name: string) => ({ column: col(name) + 1, value: clean(row.cells[col(name)]) })
  const report = (c: { column: number; value: string }, variant: string, expected: Param, params: Record<string, Param> = {}) => {
    problems.push(
      error({
        code: `stated.${variant}`, file, line: row.line, column: c.column, value: c.value, expected,
        text: text(`problem.stated.${variant}`, { file: fileName(file), line: row.line, column: c.column, value: printed(shown(c.value)), ...params }),
      }),
    )
    return null
  }
  const topic = cell('主题')
  if (!isStatedTopic(topic.value)) {
    return report(topic, 'topic', text('problem.stated.topic.expected', { keys: joined(STATED_TOPICS, 'sep.list') }))
  }
  const item = cell('条目')
  if (!isStatedItem(topic.value, item.value)) {
    const spec: { keys: readonly string[]; open: readonly ItemFamily[] } = STATED_ITEMS[topic.value]
    const keys = joined([...spec.keys, ...spec.open.map(familyShown)], 'sep.list')
    return report(item, 'item', text('problem.stated.item.expected', { topic: topic.value, keys }), { topic: topic.value })
  }
  const measure = cell('指标')
  if (!isStatedMeasure(measure.value)) {
    return report(measure, 'measure', text('problem.stated.measure.expected', { keys: joined([...STATED_MEASURES, OWN_SHOWN], 'sep.list') }))
  }
  return { topic: topic.value, item: item.value, measure: measure.value }
}
