/** The standard Chinese name of each table kind: one vocabulary for importer messages, audit and screens. */
import type { TableKind } from './types'

export const TABLE_NAMES: Record<TableKind, string> = {
  summary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  fiscalSummary: '财政拨款收入支出决算总表',
  gpbExpenditure: '一般公共预算财政拨款支出决算表',
  gpbBasic: '一般公共预算财政拨款基本支出决算表',
  govFund: '政府性基金预算财政拨款收入支出决算表',
  stateCapital: '国有资本经营预算财政拨款支出决算表',
  threePublic: '财政拨款“三公”经费支出决算表',
}
