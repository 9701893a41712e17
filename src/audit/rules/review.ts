/**
 * Review flags for deputies (info, never errors): completion outside the window of model/completion.ts (80–110 %,
 * the budget screen's window too), year-over-year moves over 20 %, any 三公 increase. Completion is recomputed from
 * the amounts where both are stated, else the stated rate is used.
 */
import type { Dataset } from '../../model/types'
import type { StatedItem, StatedTopic } from '../../model/vocabulary'
import { COMPLETION_HIGH, COMPLETION_LOW, completion, statedCompletionFlag, type CompletionFlag } from '../../model/completion'
import { printed, text } from '../../i18n/text'
import { defineRule } from '../emit'
import { fmt, type Fig } from '../numeric'
import { itemsOf, projectItems, sFig, stated, topicScreen } from '../stated'

const YOY_LIMIT = 20

/** Completion from the amounts (integer cents, model/completion.ts) where both are stated, else the stated rate. */
function completionOf(ds: Dataset, topic: StatedTopic, item: StatedItem): { pct: number; flag: CompletionFlag; figs: Fig[] } | null {
  const done = sFig(ds, topic, item, topic === 'performance' ? 'executed' : 'actual')
  const budget = sFig(ds, topic, item, topic === 'performance' && item === 'overall' ? 'budgetFull' : 'budget')
  const c = done && budget ? completion(done.value, budget.value) : null
  if (c && done && budget) return { pct: c.ratio * 100, flag: c.flag, figs: [done, budget] }
  const r = sFig(ds, topic, item, 'rate')
  return r ? { pct: r.value, flag: statedCompletionFlag(r.value), figs: [r] } : null
}

export const completionFlag = defineRule({
  id: 'R01-COMPLETION', family: 'review', severity: 'info',
  description: `预算完成率低于 ${COMPLETION_LOW}% 或高于 ${COMPLETION_HIGH}%（提示）`,
  run(e) {
    const targets: [StatedTopic, StatedItem][] = [
      ...itemsOf(e.ds, 'budgetExecution').map((i): [StatedTopic, StatedItem] => ['budgetExecution', i]),
      ...projectItems(e.ds).map((i): [StatedTopic, StatedItem] => ['performance', i]),
      ['performance', 'overall'],
    ]
    for (const [topic, item] of targets) {
      const c = completionOf(e.ds, topic, item)
      if (!c?.flag) continue
      const printedName = stated(e.ds, topic, item, c.figs.length === 2 ? 'budget' : 'rate')?.name
      const how = c.figs.length === 2 ? text('finding.R01-COMPLETION.how', { done: c.figs[0]!.value, budget: c.figs[1]!.value }) : ''
      e.flag({
        text: text(`finding.R01-COMPLETION.${c.flag}`, {
          name: printedName !== undefined ? printed(printedName) : item, how, pct: fmt(c.pct, 2), limit: c.flag === 'under' ? COMPLETION_LOW : COMPLETION_HIGH,
        }),
        where: c.figs.map((f) => f.ref), screen: topicScreen(topic, item, stated(e.ds, topic, item, 'rate')?.code),
        unit: '%', actual: Number(c.pct.toFixed(2)), expected: null, difference: null,
      })
    }
  },
})

export const yoyFlag = defineRule({
  id: 'R02-YOY', family: 'review', severity: 'info',
  description: `与上年相比增减超过 ${YOY_LIMIT}%（提示）`,
  run(e) {
    for (const f of e.ds.stated) {
      if (f.derived || f.measure !== 'changePct' || f.value === null || Math.abs(f.value) <= YOY_LIMIT) continue
      e.flag({
        text: text(`finding.R02-YOY.${f.value < 0 ? 'down' : 'up'}`, {
          name: printed(f.name), pct: Math.abs(f.value), limit: YOY_LIMIT, quote: printed(f.quote ?? f.text),
        }),
        where: [f.source], screen: topicScreen(f.topic, f.item, f.code), unit: '%', actual: f.value, expected: null, difference: null,
      })
    }
  },
})

export const threePublicIncrease = defineRule({
  id: 'R03-THREE-PUBLIC-UP', family: 'review', severity: 'info',
  description: '“三公”经费任一项比上年增加（提示）',
  run(e) {
    for (const item of itemsOf(e.ds, 'threePublic')) {
      const c = sFig(e.ds, 'threePublic', item, 'changeAmount')
      if (!c || c.value <= 0) continue
      e.flag({
        text: text('finding.R03-THREE-PUBLIC-UP.up', {
          name: printed(stated(e.ds, 'threePublic', item, 'changeAmount')?.name ?? item), amount: text('amount.wan', { n: c.value }),
        }),
        where: [c.ref], screen: topicScreen('threePublic', item), actual: c.value, expected: null, difference: null,
      })
    }
  },
})
