/**
 * Preconditions read from 01/04 that decide whether two tables must agree by definition:
 *  - allGpb: every 万元 spent came from 一般公共预算财政拨款 (no other income, no non-fiscal balance used,
 *    and any 年初结转和结余 is 一般公共预算 carry-over per 04) → 03 = 05 and 01 = 04 (spending side);
 *  - noCarryover: nothing carried in or out and no balance used or distributed → income = spending.
 * Each returns null when the tables needed to decide are missing (the dependent rules then say nothing).
 */
import type { Dataset } from '../model/types'
import { text, type Text } from '../i18n/text'
import { NON_GPB_INCOME, type ItemRole } from './keys'
import type { Fig } from './numeric'
import { units } from './numeric'
import { itemFig } from './summary'
import { table } from './tables'

const isZero = (f: Fig | null) => f === null || f.blank === true || units(f.value, f.precision) === 0

export interface Precondition {
  holds: boolean
  /** the figures it was decided on (for the finding's wording) */
  basis: Text
}

export function allGpb(ds: Dataset): Precondition | null {
  const s = table(ds, 'summary')
  if (!s) return null
  const gpb = itemFig(s, 'incomeGpb', 'income')
  if (!gpb) return null
  const nonGpb = NON_GPB_INCOME.map((r) => itemFig(s, r, 'income')).filter((f) => !isZero(f))
  const surplus = itemFig(s, 'useNonFiscal', 'income')
  const begin = itemFig(s, 'carryoverBegin', 'income')
  let carryOk = isZero(begin)
  const f = table(ds, 'fiscalSummary')
  if (!carryOk && f && begin) {
    const beginGpb = f.rows.find((r) => r.item === 'carryoverBegin.gpb')
    const v = beginGpb?.values.amount
    carryOk = v !== null && v !== undefined && units(v, f.precision) === units(begin.value, begin.precision)
  }
  const holds = nonGpb.length === 0 && isZero(surplus) && carryOk
  return { holds, basis: text('finding.premise.allGpb') }
}

export function noCarryover(ds: Dataset): Precondition | null {
  const s = table(ds, 'summary')
  if (!s) return null
  const roles: [ItemRole, 'income' | 'expenditure'][] = [
    ['useNonFiscal', 'income'], ['carryoverBegin', 'income'], ['distribution', 'expenditure'], ['carryoverEnd', 'expenditure'],
  ]
  const figs = roles.map(([r, side]) => itemFig(s, r, side))
  if (figs[1] === null || figs[3] === null) return null
  return { holds: figs.every(isZero), basis: text('finding.premise.noCarryover') }
}
