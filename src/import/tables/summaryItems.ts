/** Stable item keys for the two-sided summary tables (01 收入支出决算总表, 04 财政拨款收入支出决算总表). */
import { classCodeFromName } from '../../model/classification'
import type { Fund, SummaryItem } from '../../model/vocabulary'
import { norm, stripOrdinal } from '../text'

/** Names under 年初/年末结转和结余 repeat the fund names, so the reader remembers where it is. */
export interface SideState {
  afterBegin: boolean
  afterEnd: boolean
}

const FUNDS: ReadonlyArray<readonly [RegExp, Fund]> = [
  [/^一般公共预算(财政拨款)?(收入)?$/, 'gpb'],
  [/^政府性基金预算(财政拨款)?(收入)?$/, 'govFund'],
  [/^国有资本经营预算(财政拨款)?(收入)?$/, 'stateCapital'],
]

const INCOME: ReadonlyArray<readonly [RegExp, SummaryItem]> = [
  [/^财政拨款收入$/, 'income.fiscal'],
  [/^上级补助收入$/, 'income.upperSubsidy'],
  [/^事业收入$/, 'income.business'],
  [/^经营收入$/, 'income.operating'],
  [/^附属单位上缴收入$/, 'income.affiliated'],
  [/^其他收入$/, 'income.other'],
  [/^(本年)?收入合计$/, 'totalIncome'],
  [/^(使用非财政拨款结余|用事业基金弥补收支差额)/, 'surplusUsed'],
  [/^总计$/, 'grandTotal'],
]

function fund(n: string): Fund | null {
  for (const [re, key] of FUNDS) if (re.test(n)) return key
  return null
}

export function incomeItem(printed: string, state: SideState): SummaryItem | null {
  const n = norm(stripOrdinal(printed))
  if (/^年初(财政拨款)?结转和?结余$/.test(n)) {
    state.afterBegin = true
    return 'carryoverBegin'
  }
  const f = fund(n)
  if (f) return state.afterBegin ? `carryoverBegin.${f}` : `income.${f}`
  for (const [re, key] of INCOME) if (re.test(n)) return key
  return null
}

export type ExpenditureItem = { item: SummaryItem; code: string | null; known: boolean }

export function expenditureItem(printed: string, state: SideState): ExpenditureItem {
  const n = norm(stripOrdinal(printed))
  if (/^(本年)?支出合计$/.test(n)) return { item: 'totalExpenditure', code: null, known: true }
  if (/^结余分配$/.test(n)) return { item: 'surplusDistribution', code: null, known: true }
  if (/^年末(财政拨款)?结转和?结余$/.test(n)) {
    state.afterEnd = true
    return { item: 'carryoverEnd', code: null, known: true }
  }
  if (/^总计$/.test(n)) return { item: 'grandTotal', code: null, known: true }
  const f = fund(n)
  if (f && state.afterEnd) return { item: `carryoverEnd.${f}`, code: null, known: true }
  const code = classCodeFromName(printed)
  return { item: 'class', code, known: code !== null }
}

export const TOTAL_ITEMS: ReadonlySet<string> = new Set<SummaryItem>(['totalIncome', 'totalExpenditure', 'grandTotal'])
