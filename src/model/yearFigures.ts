/**
 * A department-year's own headline figures, each read the same way for every year so that years compare like
 * with like: the printed table first, the figure the narrative states when the tables do not print it (机关运行经费
 * is only in the narrative; a report may come without tables). Pure. Keys are the narrative's topic.item.
 */
import type { Dataset, RecognisedTable, SourceRef, StatedFigure, TableKind, TableRow } from './types'
import type { StatedItem, StatedKey, StatedMeasure, StatedTopic, ThreePublicPart } from './vocabulary'

export const YEAR_KEYS = [
  'totals.total', 'totals.fiscal', 'totals.gpbExpenditure', 'expenditure.total', 'expenditure.basic', 'expenditure.project',
  'threePublic.total', 'threePublic.abroad', 'threePublic.vehicle', 'threePublic.vehiclePurchase',
  'threePublic.vehicleOperation', 'threePublic.reception', 'operatingCost.total',
] as const
export type YearKey = (typeof YEAR_KEYS)[number]

export interface YearFigure {
  key: YearKey
  value: number
  /** decimals printed (万元) */
  precision: number
  ref: SourceRef
  from: 'table' | 'stated'
  /** the cell, when read from a table */
  cell?: { table: RecognisedTable; row: TableRow; measure: string }
  /** the narrative figure, when read from the statement */
  stated?: StatedFigure
}

type TableRead = (ds: Dataset) => { table: RecognisedTable; row: TableRow; measure: string } | null

const usable = (ds: Dataset, kind: TableKind): RecognisedTable | null => {
  const t = ds.tables[kind]
  return t && !t.empty ? t : null
}

/** A row of a two-sided summary table (01, 04) by its item key, the first side that prints `measure`. */
const summaryItem = (kind: TableKind, item: string, measure: string): TableRead => (ds) => {
  const t = usable(ds, kind)
  const row = t?.rows.find((r) => r.item === item && typeof r.values[measure] === 'number')
  return t && row ? { table: t, row, measure } : null
}

/** The 合计 row of a code table. */
const codeTotal = (kind: TableKind, measure: string): TableRead => (ds) => {
  const t = usable(ds, kind)
  const row = t?.rows.find((r) => r.isTotal && !r.code && typeof r.values[measure] === 'number')
  return t && row ? { table: t, row, measure } : null
}

/** 三公 table: the row that prints the part's 决算数. */
const threePublicActual = (part: ThreePublicPart): TableRead => (ds) => {
  const t = usable(ds, 'threePublic')
  const measure = `actual.${part}`
  const row = t?.rows.find((r) => typeof r.values[measure] === 'number')
  return t && row ? { table: t, row, measure } : null
}

interface Spec {
  tables: TableRead[]
  /** topic, item, measure of the narrative figure */
  stated: StatedKey
}

const tp = (part: ThreePublicPart): Spec => ({ tables: [threePublicActual(part)], stated: ['threePublic', part, 'actual'] })

const SPECS: Record<YearKey, Spec> = {
  'totals.total': { tables: [summaryItem('summary', 'grandTotal', 'amount')], stated: ['totals', 'total', 'amount'] },
  'totals.fiscal': { tables: [summaryItem('fiscalSummary', 'grandTotal', 'amount')], stated: ['totals', 'fiscal', 'amount'] },
  'totals.gpbExpenditure': { tables: [codeTotal('gpbExpenditure', 'total')], stated: ['totals', 'gpbExpenditure', 'amount'] },
  'expenditure.total': {
    tables: [summaryItem('summary', 'totalExpenditure', 'amount'), codeTotal('expenditure', 'total')],
    stated: ['expenditure', 'total', 'amount'],
  },
  'expenditure.basic': { tables: [codeTotal('expenditure', 'basic')], stated: ['expenditure', 'basic', 'amount'] },
  'expenditure.project': { tables: [codeTotal('expenditure', 'project')], stated: ['expenditure', 'project', 'amount'] },
  'threePublic.total': tp('total'),
  'threePublic.abroad': tp('abroad'),
  'threePublic.vehicle': tp('vehicle'),
  'threePublic.vehiclePurchase': tp('vehiclePurchase'),
  'threePublic.vehicleOperation': tp('vehicleOperation'),
  'threePublic.reception': tp('reception'),
  'operatingCost.total': { tables: [], stated: ['operatingCost', 'total', 'amount'] },
}

/** topic/item of a key */
export function keyParts(key: YearKey): { topic: StatedTopic; item: StatedItem; measure: StatedMeasure } {
  const [topic, item, measure] = SPECS[key].stated
  return { topic, item, measure }
}

/** A printed (not derived) narrative figure. */
export function printedStated(ds: Dataset, topic: StatedTopic, item: StatedItem, measure: StatedMeasure): StatedFigure | null {
  return ds.stated.find((f) => !f.derived && f.topic === topic && f.item === item && f.measure === measure && f.value !== null) ?? null
}

/** Decimals of a stated amount as printed, at least 2 (narratives drop trailing zeros: "8万元" is 8.00). */
function statedPrecision(f: StatedFigure): number {
  const m = /\.(\d+)/.exec(f.text)
  return Math.max(m?.[1]?.length ?? 0, f.unit === '万元' ? 2 : 0)
}

export function statedYearFigure(key: YearKey, f: StatedFigure): YearFigure {
  return { key, value: f.value!, precision: statedPrecision(f), ref: { ...f.source }, from: 'stated', stated: f }
}

/** The dataset's own figure for `key`: the printed table cell, else the narrative's figure; null if neither. */
export function yearFigure(ds: Dataset, key: YearKey): YearFigure | null {
  const spec = SPECS[key]
  for (const read of spec.tables) {
    const c = read(ds)
    if (!c) continue
    const col = c.table.columns.find((x) => x.key === c.measure)
    return {
      key, value: c.row.values[c.measure]!, precision: c.table.precision, from: 'table', cell: c,
      ref: {
        file: c.table.file, line: c.row.line, column: c.row.cells[c.measure] ?? col?.column, field: col?.header ?? c.measure,
        section: `${c.table.marker ?? c.table.title} ${c.row.name.trim() || '合计'}`,
      },
    }
  }
  const f = printedStated(ds, ...spec.stated)
  return f ? statedYearFigure(key, f) : null
}
