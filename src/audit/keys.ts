/**
 * Where the audit finds things in the recognised tables: measure keys first (the importer's vocabulary),
 * the printed header or row name as a fallback, so that a layout the importer keys differently still
 * finds its column. One place to adapt when the vocabulary changes.
 */
import type { ColumnDef, RecognisedTable, Side, TableRow } from '../model/types'
import { findColumn, type ColumnPick } from './figures'

export const COL = {
  total: { keys: ['total', 'subtotal'], header: /(本年(收入|支出)合计|合计|小计)$/ },
  basic: { keys: ['basic'], header: /基本支出$/ },
  project: { keys: ['project'], header: /项目支出$/ },
  amount: { keys: ['amount'], header: /金额|决算数$/ },
  gpb: { keys: ['gpb', 'fiscal.gpb'], header: /一般公共预算财政拨款$/ },
  govFund: { keys: ['govFund', 'fiscal.govFund'], header: /政府性基金预算财政拨款$/ },
  stateCapital: { keys: ['stateCapital', 'fiscal.stateCapital'], header: /国有资本经营预算财政拨款$/ },
  fiscal: { keys: ['fiscal'], header: /财政拨款收入$/ },
  carryoverBegin: { keys: ['carryBegin', 'carryoverBegin'], header: /年初结转和?结余/ },
  carryoverEnd: { keys: ['carryEnd', 'carryoverEnd'], header: /年末结转和?结余/ },
  income: { keys: ['income'], header: /本年收入/ },
  expenditure: { keys: ['total'], header: /本年支出(\/(小计|合计))?$/ },
  personnel: { keys: ['personnel'], header: /人员经费/ },
  public: { keys: ['public'], header: /公用经费/ },
} satisfies Record<string, ColumnPick>

export type ColRole = keyof typeof COL

export const col = (t: RecognisedTable, role: ColRole): ColumnDef | null => findColumn(t, COL[role])

/** 三公 columns: budget/actual × part. */
export const THREE_PUBLIC_PARTS = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const
export type ThreePublicPart = (typeof THREE_PUBLIC_PARTS)[number]
export type ThreePublicSide = 'budget' | 'actual'

const TP_HEADER: Record<ThreePublicPart, RegExp> = {
  total: /合计$/,
  abroad: /因公出国/,
  vehicle: /公务用车购置及运行(维护)?费(\/小计)?$/,
  vehiclePurchase: /公务用车购置费$/,
  vehicleOperation: /公务用车运行(维护)?费$/,
  reception: /公务接待费$/,
}

export function threePublicColumn(t: RecognisedTable, side: ThreePublicSide, part: ThreePublicPart): ColumnDef | null {
  const sideRe = side === 'budget' ? /预算/ : /决算|实际/
  const byKey = t.columns.find((c) => c.key === `${side}.${part}`)
  if (byKey) return byKey
  return t.columns.find((c) => sideRe.test(c.header) && TP_HEADER[part].test(c.header)) ?? null
}

/** Two-sided summary rows (01, 04). */
export const ITEM = {
  totalIncome: { side: 'income', keys: ['totalIncome'], name: /本年收入合计/ },
  useNonFiscal: { side: 'income', keys: ['surplusUsed'], name: /使用非财政拨款结余/ },
  carryoverBegin: { side: 'income', keys: ['carryoverBegin'], name: /^年初.*结转和?结余/ },
  grandTotalIncome: { side: 'income', keys: ['grandTotal'], name: /^总计$/ },
  totalExpenditure: { side: 'expenditure', keys: ['totalExpenditure'], name: /本年支出合计/ },
  distribution: { side: 'expenditure', keys: ['surplusDistribution'], name: /结余分配/ },
  carryoverEnd: { side: 'expenditure', keys: ['carryoverEnd'], name: /^年末.*结转和?结余/ },
  grandTotalExpenditure: { side: 'expenditure', keys: ['grandTotal'], name: /^总计$/ },
  incomeFiscal: { side: 'income', keys: ['income.fiscal'], name: /^财政拨款收入$/ },
  incomeGpb: { side: 'income', keys: ['income.gpb'], name: /一般公共预算财政拨款(收入)?$/ },
  incomeGovFund: { side: 'income', keys: ['income.govFund'], name: /政府性基金预算财政拨款(收入)?$/ },
  incomeStateCapital: { side: 'income', keys: ['income.stateCapital'], name: /国有资本经营预算财政拨款(收入)?$/ },
  incomeUpper: { side: 'income', keys: ['income.upperSubsidy'], name: /上级补助收入$/ },
  incomeBusiness: { side: 'income', keys: ['income.business'], name: /事业收入$/ },
  incomeOperating: { side: 'income', keys: ['income.operating'], name: /经营收入$/ },
  incomeAffiliated: { side: 'income', keys: ['income.affiliated'], name: /附属单位上缴收入$/ },
  incomeOther: { side: 'income', keys: ['income.other'], name: /其他收入$/ },
} satisfies Record<string, { side: Side; keys: string[]; name: RegExp }>

export type ItemRole = keyof typeof ITEM

/** Income rows of 01 that are not 一般公共预算财政拨款. */
export const NON_GPB_INCOME: readonly ItemRole[] = [
  'incomeGovFund', 'incomeStateCapital', 'incomeUpper', 'incomeBusiness', 'incomeOperating', 'incomeAffiliated', 'incomeOther',
]
export const INCOME_ROWS: readonly ItemRole[] = ['incomeGpb', ...NON_GPB_INCOME]

const stripOrdinal = (s: string) => s.replace(/^\s*[一二三四五六七八九十]+\s*[、.．]\s*/, '').replace(/[\s\u3000]/g, '')

/** A summary-table row by item key, else by its printed name on that side. */
export function summaryRow(t: RecognisedTable, role: ItemRole): TableRow | null {
  const spec = ITEM[role]
  const onSide = t.rows.filter((r) => r.side === undefined || r.side === spec.side)
  for (const k of spec.keys) {
    const r = onSide.find((x) => x.item === k)
    if (r) return r
  }
  return onSide.find((r) => spec.name.test(stripOrdinal(r.name))) ?? null
}

/** The 类 rows on the expenditure side of a summary table (01, 04). */
export function summaryClassRows(t: RecognisedTable): TableRow[] {
  return t.rows.filter((r) => r.side === 'expenditure' && (r.item === 'class' || (r.code !== null && r.code.length === 3)))
}

/** The amount column of one side of a summary table (01: both sides 'amount'; 04: income 'amount'). */
export function summaryAmountColumn(t: RecognisedTable, side: Side): ColumnDef | null {
  const onSide = t.rows.find((r) => r.side === side)
  const keys = onSide ? Object.keys(onSide.cells) : []
  const c = t.columns.find((x) => x.key === 'amount' && keys.includes('amount')) ??
    (side === 'expenditure' ? findColumn(t, COL.total) : null) ?? findColumn(t, COL.amount)
  return c
}
