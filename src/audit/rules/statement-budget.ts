/**
 * Budget execution as stated (五（三）, 三公, 整体支出): completion rates recomputed from the stated amounts,
 * per-项 actuals vs 05, the stated 年初预算 total vs the per-项 budgets, and the 大于/小于 wording.
 */
import { levelOf, SECTION_NAMES } from '../../model/classification'
import type { StatedFigure } from '../../model/types'
import type { StatedItem, StatedMeasure, StatedTopic } from '../../model/vocabulary'
import { printed, text, type Text } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, statedItemLabel, tableLabel } from '../figures'
import { classFigs } from '../locate'
import { checkPercent, checkSame, checkSum, fmt, units, type Fig } from '../numeric'
import { named } from '../operand'
import { itemsOf, sFig, stated, topicScreen } from '../stated'
import { codeRows, table } from '../tables'

function rate(e: Emitter, topic: StatedTopic, item: StatedItem, r: Fig | null, num: Fig | null, den: Fig | null, factor = 100) {
  if (!r || !num || !den) return
  e.outcome(checkPercent(r, [{ fig: num, coef: 1 }], [{ fig: den, coef: 1 }], factor), {
    actual: r, unit: factor === 100 ? '%' : '分', others: [num, den], screen: topicScreen(topic, item, stated(e.ds, topic, item, 'rate')?.code),
    expectedLabel: factor === 100
      ? text('finding.ratio.recomputed', { num: named(num), den: named(den) })
      : text('finding.ratio.recomputedTimes', { num: named(num), den: named(den), factor }),
  })
}

export const statedRates = defineRule({
  id: 'S04-RATE', family: 'statement', severity: 'warning',
  description: '说明中的完成预算百分比 = 决算数 ÷ 预算数（五（三）各行、“三公”各项、整体支出）',
  run(e) {
    for (const topic of ['budgetExecution', 'threePublic'] as const) {
      for (const item of itemsOf(e.ds, topic)) {
        rate(e, topic, item, sFig(e.ds, topic, item, 'rate'), sFig(e.ds, topic, item, 'actual'), sFig(e.ds, topic, item, 'budget'))
      }
    }
    const o = (m: StatedMeasure) => sFig(e.ds, 'performance', 'overall', m)
    rate(e, 'performance', 'overall', o('rate'), o('executed'), o('budgetFull'))
    const weight = o('weight')
    if (weight && Number.isInteger(weight.value)) rate(e, 'performance', 'overall', o('weightedScore'), o('executed'), o('budgetFull'), weight.value)
  },
})

const normName = (s: string) => s.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[\s\u3000]/g, '')

/** The 项 code a budget line names: its code, else "…（款）<名>（项）" matched against 05's rows. */
function lineCode(ds: Parameters<typeof table>[0], f: StatedFigure): string | null {
  if (f.code && levelOf(f.code) === 'item') return f.code
  const m = /\(类\)(.+?)\(款\)(.+?)\(项\)/.exec(normName(f.name))
  const g = table(ds, 'gpbExpenditure')
  if (!m || !g) return null
  const [, section, item] = m
  const hits = codeRows(g).filter((r) => r.code!.length === 7 && normName(r.name) === item &&
    normName(SECTION_NAMES[r.code!.slice(0, 5)] ?? '') === section)
  return hits.length === 1 ? hits[0]!.code : null
}

export const executionActuals = defineRule({
  id: 'S05-EXEC-ACTUAL', family: 'statement', severity: 'warning',
  description: '五（三）各行的支出决算数 = 一般公共预算财政拨款支出决算表（05）中该项',
  run(e) {
    const g = table(e.ds, 'gpbExpenditure')
    if (!g) return
    for (const item of itemsOf(e.ds, 'budgetExecution', (i) => i !== 'total')) {
      const f = stated(e.ds, 'budgetExecution', item, 'actual')
      const s = sFig(e.ds, 'budgetExecution', item, 'actual')
      const code = f ? lineCode(e.ds, f) : null
      const row = code ? g.rows.find((r) => r.code === code) : undefined
      const t = row ? cellFig(g, row, 'total') : null
      if (!s || !t || !code) continue
      const o = checkSame(s, t)
      let note: Text | undefined
      if (o.cls !== 'ok') {
        for (const parent of [code.slice(0, 5), code.slice(0, 3)]) {
          const figs = classFigs(e.ds, 'gpbExpenditure', parent) ?? []
          const sum = figs.reduce((a, x) => a + units(x.value, x.precision), 0)
          if (figs.length && sum === units(s.value, 2) && parent.length === 3) {
            note = text('finding.S05-EXEC-ACTUAL.classTotal', { table: tableLabel(g), code: parent, sum: fmt(sum / 100, 2) })
            break
          }
        }
      }
      e.outcome(o, { actual: s, expectedLabel: t.label, others: [t], screen: topicScreen('budgetExecution', item, code), ...(note ? { note } : {}) })
    }
  },
})

export const budgetTotal = defineRule({
  id: 'S06-BUDGET-TOTAL', family: 'statement', severity: 'warning',
  description: '五（三）年初预算总数 = 各行年初预算之和（仅当各行决算数之和等于决算总数，即各行覆盖全部支出时）',
  run(e) {
    const lines = itemsOf(e.ds, 'budgetExecution', (i) => i !== 'total')
    const budgets = lines.map((i) => sFig(e.ds, 'budgetExecution', i, 'budget'))
    const actuals = lines.map((i) => sFig(e.ds, 'budgetExecution', i, 'actual'))
    const total = sFig(e.ds, 'budgetExecution', 'total', 'budget')
    const totalActual = sFig(e.ds, 'budgetExecution', 'total', 'actual')
    if (!total || !totalActual || !lines.length || budgets.some((b) => !b) || actuals.some((a) => !a)) return
    const cover = checkSum(totalActual, actuals as Fig[])
    if (cover.cls === 'mismatch') return
    e.outcome(checkSum(total, budgets as Fig[]), {
      actual: total, others: budgets as Fig[], screen: { screen: 'budget' },
      expectedLabel: text('finding.S06-BUDGET-TOTAL.lines', { section: printed('五（三）'), n: lines.length }),
      note: text(cover.cls === 'rounding' ? 'finding.S06-BUDGET-TOTAL.coverRounding' : 'finding.S06-BUDGET-TOTAL.cover', {
        sum: fmt(cover.expected, cover.precision), total: fmt(cover.actual, cover.precision),
      }),
    })
  },
})

export const executionDirection = defineRule({
  id: 'S13-DIRECTION', family: 'statement', severity: 'warning',
  description: '五（三）“决算数大于/小于年初预算数”的措辞与两数大小一致',
  run(e) {
    for (const item of itemsOf(e.ds, 'budgetExecution')) {
      const d = stated(e.ds, 'budgetExecution', item, 'direction')
      const a = sFig(e.ds, 'budgetExecution', item, 'actual')
      const b = sFig(e.ds, 'budgetExecution', item, 'budget')
      if (!d || !a || !b) continue
      const word = d.text
      const said = /大于/.test(word) && /小于/.test(word) ? 'both' : /大于|超/.test(word) ? 'more' : /小于|低于/.test(word) ? 'less' : null
      const diff = units(a.value, 2) - units(b.value, 2)
      const is = diff > 0 ? 'more' : diff < 0 ? 'less' : 'equal'
      if (!said || said === is) continue
      const where = [d.source, a.ref, b.ref]
      const base = { where, screen: topicScreen('budgetExecution', item, d.code), actual: a.value, expected: b.value, difference: diff / 100 }
      const name = statedItemLabel(stated(e.ds, 'budgetExecution', item, 'actual')!)
      const op = is === 'more' ? '>' : is === 'less' ? '<' : '='
      if (said === 'both') {
        e.flag({ ...base, text: text('finding.S13-DIRECTION.unchosen', {
          item: name, word: printed(word), actual: a.value, op, budget: b.value, more: printed('大于'), less: printed('小于'),
        }) })
      } else {
        e.flag({ ...base, mismatch: true, text: text('finding.S13-DIRECTION.contradicts', {
          item: name, claim: printed(`决算数${word}年初预算数`), actual: a.value, op, budget: b.value,
        }) })
      }
    }
  },
})
