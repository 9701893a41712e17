/**
 * Performance statements (十三, 自评报告, 附件2): project rates on the printed budget (or the adjusted one),
 * the projects' executed amounts vs 项目支出, and the self-evaluation table's weights and scores.
 */
import { printed, text, type Text } from '../../i18n/text'
import { isItemOf, type StatedItem } from '../../model/vocabulary'
import { defineRule, type Emitter } from '../emit'
import { checkLinear, checkPercent, checkSum, type Fig, type Term } from '../numeric'
import { named, resolve } from '../operand'
import { itemsOf, projectItems, sFig, stated, topicScreen } from '../stated'

function projectRate(e: Emitter, item: StatedItem) {
  const r = sFig(e.ds, 'performance', item, 'rate')
  const done = sFig(e.ds, 'performance', item, 'executed')
  const budget = sFig(e.ds, 'performance', item, 'budget')
  if (!r || !done || !budget) return
  const adj = sFig(e.ds, 'performance', item, 'adjustment')
  const screen = topicScreen('performance', item)
  const primary = checkPercent(r, [{ fig: done, coef: 1 }], [{ fig: budget, coef: 1 }])
  if (!primary || primary.cls !== 'mismatch' || !adj || adj.value === 0) {
    e.outcome(primary, { actual: r, unit: '%', others: [done, budget], screen, expectedLabel: text('finding.ratio.recomputed', { num: named(done), den: named(budget) }) })
    return
  }
  const adjusted: Term[] = [{ fig: budget, coef: 1 }, { fig: adj, coef: 1 }]
  const alt = checkPercent(r, [{ fig: done, coef: 1 }], adjusted)
  const adjText = `${budget.value.toFixed(budget.precision)} ${adj.value < 0 ? '−' : '+'} ${Math.abs(adj.value).toFixed(adj.precision)}`
  if (alt && alt.cls !== 'mismatch') {
    e.flag({
      text: text('finding.S07-PROJECT-RATE.adjustedBase', {
        label: r.label, rate: r.value, budget: named(budget), onBudget: primary.expected, adjusted: adjText, onAdjusted: alt.expected,
      }),
      where: [r.ref, done.ref, budget.ref, adj.ref], screen, unit: 'pp', actual: r.value, expected: primary.expected, difference: primary.difference,
    })
    return
  }
  e.outcome(primary, {
    actual: r, unit: '%', others: [done, budget, adj], screen, expectedLabel: text('finding.ratio.recomputed', { num: named(done), den: named(budget) }),
    note: alt ? text('finding.S07-PROJECT-RATE.adjustedAlsoOff', { adjusted: adjText, onAdjusted: alt.expected }) : undefined,
  })
}

export const projectRates = defineRule({
  id: 'S07-PROJECT-RATE', family: 'statement', severity: 'warning',
  description: '项目完成预算百分比 = 执行数 ÷ 全年预算数（以调整后预算为基数时提示口径）',
  run(e) {
    for (const item of projectItems(e.ds)) projectRate(e, item)
  },
})

export const projectSums = defineRule({
  id: 'S08-PROJECT-SUM', family: 'statement', severity: 'warning',
  description: '绩效评价各项目执行数之和 = 项目支出，且 = 所述项目资金；项目个数 = 所述个数',
  run(e) {
    const items = projectItems(e.ds)
    const done = items.map((i) => sFig(e.ds, 'performance', i, 'executed'))
    if (!items.length || done.some((f) => !f)) return
    const parts = done as Fig[]
    const screen = topicScreen('performance')
    const project = resolve(e.ds, [['expenditure', 'project', 'amount'], '05.project', '03.project'])
    for (const total of [project, sFig(e.ds, 'performance', 'overall', 'projectFunds')]) {
      if (total) e.outcome(checkSum(total, parts), { actual: total, others: parts, screen, expectedLabel: text('finding.S08-PROJECT-SUM.sum', { n: items.length }) })
    }
    const count = sFig(e.ds, 'performance', 'overall', 'projects')
    if (count && count.value !== items.length) {
      e.flag({
        mismatch: true, text: text('finding.S08-PROJECT-SUM.count', { label: count.label, stated: count.value, listed: items.length }),
        where: [count.ref], screen, unit: '个', actual: count.value, expected: items.length, difference: count.value - items.length,
      })
    }
  },
})

/** 一级指标 groups: their item key and how their printed 一级指标 begins */
const GROUP_NAMES: ReadonlyArray<readonly [StatedItem, RegExp]> = [
  ['output', /^产出指标/], ['benefit', /^效益指标/], ['satisfaction', /^满意度指标/], ['cost', /^成本指标/],
]

export const indicatorSums = defineRule({
  id: 'S10-INDICATORS', family: 'statement', severity: 'warning',
  description: '绩效自评表：各指标分值、得分之和（含执行率一栏）= 总分；一级指标所标分值 = 其下指标分值之和',
  run(e) {
    const indicators = itemsOf(e.ds, 'performanceIndicator', (i) => isItemOf('i', i))
    const screen = topicScreen('performanceIndicator')
    for (const m of ['weight', 'score'] as const) {
      const total = sFig(e.ds, 'performanceIndicator', 'total', m)
      const parts = indicators.map((i) => sFig(e.ds, 'performanceIndicator', i, m))
      const exec = sFig(e.ds, 'performance', 'overall', m === 'weight' ? 'weight' : 'weightedScore')
      if (!total || !parts.length || parts.some((f) => !f)) continue
      const all = [...(exec ? [exec] : []), ...(parts as Fig[])]
      const what = `finding.S10-INDICATORS.${m === 'weight' ? 'weights' : 'scores'}${exec ? 'WithRate' : ''}`
      e.outcome(checkSum(total, all), { actual: total, others: all, unit: '分', screen, expectedLabel: text(what, { n: parts.length }) })
    }
    for (const [group, re] of GROUP_NAMES) {
      const w = sFig(e.ds, 'performanceIndicator', group, 'weight')
      if (!w) continue
      const members = indicators.filter((i) => re.test(stated(e.ds, 'performanceIndicator', i, 'level1')?.text ?? ''))
      const parts = members.map((i) => sFig(e.ds, 'performanceIndicator', i, 'weight'))
      if (!members.length || parts.some((f) => !f)) continue
      const terms: Term[] = (parts as Fig[]).map((fig) => ({ fig, coef: 1 }))
      e.outcome(checkLinear(w, terms), { actual: w, others: parts as Fig[], unit: '分', screen, expectedLabel: text('finding.S10-INDICATORS.groupWeights', { n: members.length }) })
    }
  },
})

const TARGET = /^\s*([>＞≥≧<＜≤≦])\s*([\d.]+)\s*(\S*)\s*$/
const VALUE = /^\s*=?\s*([\d.]+)\s*(\S*)\s*$/

/** A number printed in a text cell as a Fig (its own decimals). */
function textFig(f: { text: string; source: Fig['ref'] }, raw: string, label: Text): Fig {
  const dec = raw.split('.')[1]?.length ?? 0
  return { value: Number(raw), precision: dec, ref: { ...f.source }, label, short: label }
}

export const indicatorScores = defineRule({
  id: 'S14-INDICATOR-SCORE', family: 'statement', severity: 'warning',
  description: '未达到年度指标值的指标：得分 = 完成比例 × 分值（按表注“得分=绩效目标实现比例*分值”）',
  run(e) {
    for (const item of itemsOf(e.ds, 'performanceIndicator', (i) => isItemOf('i', i))) {
      const tf = stated(e.ds, 'performanceIndicator', item, 'target')
      const af = stated(e.ds, 'performanceIndicator', item, 'actualText')
      const score = sFig(e.ds, 'performanceIndicator', item, 'score')
      const weight = sFig(e.ds, 'performanceIndicator', item, 'weight')
      const t = tf ? TARGET.exec(tf.text) : null
      const a = af ? VALUE.exec(af.text) : null
      if (!tf || !af || !t || !a || !score || !weight || !Number.isInteger(weight.value) || (t[3] ?? '') !== (a[2] ?? '')) continue
      const higher = /[>＞≥≧]/.test(t[1]!)
      const target = textFig(tf, t[2]!, text('finding.S14-INDICATOR-SCORE.target', { value: printed(tf.text) }))
      const actual = textFig(af, a[1]!, text('finding.S14-INDICATOR-SCORE.achieved', { value: printed(af.text) }))
      const strict = /[>＞<＜]/.test(t[1]!)
      const cmp = actual.value - target.value
      const met = higher ? (strict ? cmp > 0 : cmp >= 0) : strict ? cmp < 0 : cmp <= 0
      if (met) continue
      const [num, den] = higher ? [actual, target] : [target, actual]
      e.outcome(checkPercent(score, [{ fig: num, coef: 1 }], [{ fig: den, coef: 1 }], weight.value), {
        actual: score, unit: '分', others: [target, actual, weight], screen: topicScreen('performanceIndicator', item),
        expectedLabel: text('finding.S14-INDICATOR-SCORE.expected', { num: num.value, den: den.value, weight: weight.value }),
      })
    }
  },
})
