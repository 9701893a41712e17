/**
 * Where the audit finds things in the recognised tables: by the importer's keys only (model/vocabulary.ts).
 * The importer alone reads printed headers and row names; a column or row it could not key is not guessed at
 * again here, so the audit and the screens always agree on what a figure is.
 */
import type { ColumnDef, RecognisedTable, Side, TableRow } from '../model/types'
import type { MeasureKey, SummaryItem, ThreePublicPart, ThreePublicSide } from '../model/vocabulary'

export { THREE_PUBLIC_PARTS } from '../model/vocabulary'
export type { ThreePublicPart, ThreePublicSide } from '../model/vocabulary'

/** A column role and the measure keys it is printed under, first match wins (e.g. 04 'gpb', 02 'fiscal.gpb'). */
export const COL = {
  total: ['total'],
  basic: ['basic'],
  project: ['project'],
  amount: ['amount'],
  gpb: ['gpb', 'fiscal.gpb'],
  govFund: ['govFund', 'fiscal.govFund'],
  stateCapital: ['stateCapital', 'fiscal.stateCapital'],
  fiscal: ['fiscal'],
  carryoverBegin: ['carryoverBegin'],
  carryoverEnd: ['carryoverEnd'],
  income: ['income'],
  personnel: ['personnel'],
  public: ['public'],
} satisfies Record<string, readonly MeasureKey[]>

export type ColRole = keyof typeof COL

const byKeys = (t: RecognisedTable, keys: readonly MeasureKey[]): ColumnDef | null => {
  for (const k of keys) {
    const c = t.columns.find((x) => x.key === k)
    if (c) return c
  }
  return null
}

export const col = (t: RecognisedTable, role: ColRole): ColumnDef | null => byKeys(t, COL[role])

/** A 三公 column: budget/actual × part. */
export function threePublicColumn(t: RecognisedTable, side: ThreePublicSide, part: ThreePublicPart): ColumnDef | null {
  return byKeys(t, [`${side}.${part}`])
}

/** Two-sided summary rows (01, 04): the side and the item key. */
const ITEM = {
  totalIncome: { side: 'income', item: 'totalIncome' },
  useNonFiscal: { side: 'income', item: 'surplusUsed' },
  carryoverBegin: { side: 'income', item: 'carryoverBegin' },
  grandTotalIncome: { side: 'income', item: 'grandTotal' },
  totalExpenditure: { side: 'expenditure', item: 'totalExpenditure' },
  distribution: { side: 'expenditure', item: 'surplusDistribution' },
  carryoverEnd: { side: 'expenditure', item: 'carryoverEnd' },
  grandTotalExpenditure: { side: 'expenditure', item: 'grandTotal' },
  incomeFiscal: { side: 'income', item: 'income.fiscal' },
  incomeGpb: { side: 'income', item: 'income.gpb' },
  incomeGovFund: { side: 'income', item: 'income.govFund' },
  incomeStateCapital: { side: 'income', item: 'income.stateCapital' },
  incomeUpper: { side: 'income', item: 'income.upperSubsidy' },
  incomeBusiness: { side: 'income', item: 'income.business' },
  incomeOperating: { side: 'income', item: 'income.operating' },
  incomeAffiliated: { side: 'income', item: 'income.affiliated' },
  incomeOther: { side: 'income', item: 'income.other' },
} satisfies Record<string, { side: Side; item: SummaryItem }>

export type ItemRole = keyof typeof ITEM

/** Income rows of 01 that are not 一般公共预算财政拨款. */
export const NON_GPB_INCOME: readonly ItemRole[] = [
  'incomeGovFund', 'incomeStateCapital', 'incomeUpper', 'incomeBusiness', 'incomeOperating', 'incomeAffiliated', 'incomeOther',
]

/** A summary-table row by its item key on its side. */
export function summaryRow(t: RecognisedTable, role: ItemRole): TableRow | null {
  const { side, item } = ITEM[role]
  return t.rows.find((r) => (r.side === undefined || r.side === side) && r.item === item) ?? null
}

/** The 类 rows on the expenditure side of a summary table (01, 04). */
export function summaryClassRows(t: RecognisedTable): TableRow[] {
  return t.rows.filter((r) => r.side === 'expenditure' && r.item === 'class')
}

/** The amount column of one side of a summary table (01: both sides 'amount'; 04: income 'amount', expenditure 'total'). */
export function summaryAmountColumn(t: RecognisedTable, side: Side): ColumnDef | null {
  const onSide = t.rows.find((r) => r.side === side)
  const keys = onSide ? Object.keys(onSide.cells) : []
  return t.columns.find((x) => x.key === 'amount' && keys.includes('amount')) ??
    (side === 'expenditure' ? col(t, 'total') : null) ?? col(t, 'amount')
}
