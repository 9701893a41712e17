/**
 * Stated totals vs the tables that print them: 收支总计, 收入/支出合计, 基本/项目支出, 财政拨款支出,
 * class amounts, 人员经费/公用经费 (06). A stated figure that restates a table cell is the same quantity:
 * it must print the same digits; a stated class amount vs a sum of 项 rows gets the rounding bound.
 */
import { text } from '../../i18n/text'
import type { StatedKey } from '../../model/vocabulary'
import { defineRule } from '../emit'
import { tableLabel } from '../figures'
import { classFigs, tableFig, type TableFigure } from '../locate'
import { checkSame, checkSum } from '../numeric'
import { itemsOf, sFig, topicScreen } from '../stated'
import { table } from '../tables'

const PAIRS: ReadonlyArray<readonly [StatedKey, readonly TableFigure[]]> = [
  [['totals', 'total', 'amount'], ['01.grandTotal']],
  [['totals', 'fiscal', 'amount'], ['04.grandTotal']],
  [['totals', 'gpbExpenditure', 'amount'], ['05.total']],
  [['income', 'total', 'amount'], ['01.totalIncome', '02.total']],
  [['income', 'fiscal', 'amount'], ['02.fiscal']],
  [['expenditure', 'total', 'amount'], ['01.totalExpenditure', '03.total']],
  [['expenditure', 'basic', 'amount'], ['03.basic']],
  [['expenditure', 'project', 'amount'], ['03.project']],
  [['basicSplit', 'basic', 'amount'], ['05.basic', '06.total']],
  [['basicSplit', 'personnel', 'amount'], ['06.personnel']],
  [['basicSplit', 'public', 'amount'], ['06.public']],
  [['budgetExecution', 'total', 'actual'], ['05.total']],
  [['performance', 'overall', 'executed'], ['01.totalExpenditure']],
]

export const statedVsTables = defineRule({
  id: 'S01-STATED-TABLE', family: 'statement', severity: 'warning',
  description: '说明中的总数、基本/项目支出、分类金额 = 决算表中的同一数字',
  run(e) {
    for (const [[topic, item, measure], names] of PAIRS) {
      const s = sFig(e.ds, topic, item, measure)
      if (!s) continue
      for (const name of names) {
        const t = tableFig(e.ds, name)
        if (!t || t.blank) continue
        e.outcome(checkSame(s, t), { actual: s, expectedLabel: t.label, others: [t], screen: topicScreen(topic, item) })
      }
    }
    const gpb = table(e.ds, 'gpbExpenditure')
    if (!gpb) return
    for (const code of itemsOf(e.ds, 'classStructure')) {
      const s = sFig(e.ds, 'classStructure', code, 'amount')
      const figs = classFigs(e.ds, 'gpbExpenditure', code.slice(0, 3))
      if (!s || !figs?.length) continue
      const label = figs.length === 1 ? figs[0]!.label : text('finding.across.classSum', { table: tableLabel(gpb), code, n: figs.length })
      e.outcome(figs.length === 1 ? checkSame(s, figs[0]!) : checkSum(s, figs), {
        actual: s, expectedLabel: label, others: figs, screen: topicScreen('classStructure', code, code),
      })
    }
  },
})
