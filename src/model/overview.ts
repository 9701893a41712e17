/**
 * Headline figures of one dataset, each with the place it was read from.
 * Tables first (the printed figure), stated narrative figures beside them, derived values marked as derived.
 */
import { classCodeFromName, CLASS_NAMES } from './classification'
import { statedFigure } from './dataset'
import { ratio } from './format'
import type { Dataset, RecognisedTable, SourceRef, TableRow } from './types'
import { isItemOf, type StatedMeasure } from './vocabulary'

export interface Figure {
  key: string
  label: string
  value: number | null
  source: SourceRef | null
  derived?: boolean
}

export interface Overview {
  totalIncome: Figure
  totalExpenditure: Figure
  basic: Figure
  project: Figure
  prior: Figure
  changeAmount: Figure
  changePct: Figure // stated percent (20.4 means 20.4%)
  incomeBySource: Figure[]
  classes: (Figure & { code: string; share: number | null; statedShare: number | null; statedShareText: string | null })[]
}

const INCOME_LABELS: Record<string, string> = {
  fiscal: '财政拨款收入', upperSubsidy: '上级补助收入', business: '事业收入', operating: '经营收入',
  affiliated: '附属单位上缴收入', other: '其他收入',
}

function cellRef(t: RecognisedTable, row: TableRow, measure: string): SourceRef {
  const col = t.columns.find((c) => c.key === measure)
  return { file: t.file, line: row.line, column: row.cells[measure], field: col?.header ?? measure, section: t.marker ?? t.title }
}

function fromRow(key: string, label: string, t: RecognisedTable | undefined, pick: (r: TableRow) => boolean, measure: string): Figure | null {
  if (!t) return null
  const row = t.rows.find(pick)
  if (!row) return null
  const v = row.values[measure]
  return v === undefined ? null : { key, label, value: v, source: cellRef(t, row, measure) }
}

const none = (key: string, label: string): Figure => ({ key, label, value: null, source: null })

export function buildOverview(ds: Dataset): Overview {
  const { summary, expenditure, income, gpbExpenditure } = ds.tables
  const exp = expenditure && !expenditure.empty ? expenditure : gpbExpenditure
  const totalRow = (r: TableRow) => r.isTotal && !r.code
  const totalIncome =
    fromRow('totalIncome', '本年收入合计', summary, (r) => r.item === 'totalIncome', 'amount') ??
    fromRow('totalIncome', '本年收入合计', income, totalRow, 'total') ?? none('totalIncome', '本年收入合计')
  const totalExpenditure =
    fromRow('totalExpenditure', '本年支出合计', summary, (r) => r.item === 'totalExpenditure', 'amount') ??
    fromRow('totalExpenditure', '本年支出合计', exp, totalRow, 'total') ?? none('totalExpenditure', '本年支出合计')
  const basic = fromRow('basic', '基本支出', exp, totalRow, 'basic') ?? none('basic', '基本支出')
  const project = fromRow('project', '项目支出', exp, totalRow, 'project') ?? none('project', '项目支出')

  const statedOf = (key: string, label: string, measure: StatedMeasure): Figure => {
    const f = statedFigure(ds.stated, 'totals', 'total', measure)
    return f ? { key, label, value: f.value, source: f.source, derived: f.derived } : none(key, label)
  }
  const changeAmount = statedOf('changeAmount', '比上年增减', 'changeAmount')
  const changePct = statedOf('changePct', '增减幅度', 'changePct')
  const prior = statedOf('prior', '上年支出合计', 'prior')

  const incomeBySource: Figure[] = []
  if (income) {
    const row = income.rows.find(totalRow)
    if (row) {
      for (const [key, label] of Object.entries(INCOME_LABELS)) {
        const v = row.values[key]
        if (v !== undefined && v !== null && v !== 0) incomeBySource.push({ key, label, value: v, source: cellRef(income, row, key) })
      }
    }
  }

  const classes: Overview['classes'] = []
  if (summary) {
    for (const row of summary.rows) {
      if (row.side !== 'expenditure' || row.item !== 'class') continue
      const v = row.values.amount
      if (v === null || v === undefined || v === 0) continue
      const code = row.code ?? classCodeFromName(row.name) ?? ''
      const stated = isItemOf('classCode', code) ? statedFigure(ds.stated, 'classStructure', code, 'share') : undefined
      classes.push({
        key: code, code, label: CLASS_NAMES[code] ?? row.name, value: v, source: cellRef(summary, row, 'amount'),
        share: ratio(v, totalExpenditure.value), statedShare: stated?.value ?? null, statedShareText: stated?.text ?? null,
      })
    }
  }
  return { totalIncome, totalExpenditure, basic, project, prior, changeAmount, changePct, incomeBySource, classes }
}
