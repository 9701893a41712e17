/**
 * Stated parts vs stated wholes (人员经费 + 公用经费, 三公 parts, procurement categories, transferred staff,
 * the 自评表's two splits of the year's funds), the SME amount vs the per-category SME shares, and the
 * same quantity printed twice with different digits.
 */
import type { Dataset } from '../../model/types'
import type { StatedItem, StatedKey, StatedMeasure, StatedTopic } from '../../model/vocabulary'
import { joined, printed, text, type Text } from '../../i18n/text'
import { defineRule } from '../emit'
import { statedFig } from '../figures'
import { checkSame, checkSum, pow10, units, type Fig } from '../numeric'
import { sFig, stated, statedAll, topicScreen } from '../stated'

type Parts = { whole: StatedKey; parts: readonly StatedKey[]; what: Text }

/** whole = Σ parts; every part must be stated (a missing part is not 0). */
const T07 = (variant: string, params?: Record<string, Text>): Text => text(`finding.T07-STATED-PARTS.${variant}`, params)

const PARTS: readonly Parts[] = [
  { whole: ['basicSplit', 'basic', 'amount'], parts: [['basicSplit', 'personnel', 'amount'], ['basicSplit', 'public', 'amount']], what: T07('basic') },
  ...(['budget', 'actual', 'changeAmount'] as const).map((m): Parts => ({
    whole: ['threePublic', 'total', m],
    parts: [['threePublic', 'abroad', m], ['threePublic', 'vehicle', m], ['threePublic', 'reception', m]],
    what: T07('threePublic', { measure: text(`measure.${m}`) }),
  })),
  ...(['budget', 'actual', 'changeAmount'] as const).map((m): Parts => ({
    whole: ['threePublic', 'vehicle', m],
    parts: [['threePublic', 'vehiclePurchase', m], ['threePublic', 'vehicleOperation', m]],
    what: T07('vehicle'),
  })),
  { whole: ['procurement', 'total', 'amount'], parts: [['procurement', 'goods', 'amount'], ['procurement', 'works', 'amount'], ['procurement', 'services', 'amount']], what: T07('procurement') },
  { whole: ['reform', 'staff', 'total'], parts: [['reform', 'staff', 'shiye'], ['reform', 'staff', 'xingzheng']], what: T07('staff') },
  {
    whole: ['performance', 'overall', 'budgetGpb'], what: T07('bySpending'),
    parts: [['performance', 'overall', 'budgetBasic'], ['performance', 'overall', 'budgetProject']],
  },
]

function incomeSplit(ds: Dataset): Fig[] {
  return (['budgetGovFund', 'budgetSpecialAccount', 'budgetOther'] as const).map((m) => sFig(ds, 'performance', 'overall', m)).filter((f): f is Fig => f !== null)
}

export const statedParts = defineRule({
  id: 'T07-STATED-PARTS', family: 'within', severity: 'warning',
  description: '说明中的分项之和 = 总数（人员/公用经费、“三公”各项、采购货物/工程/服务、划转人员、自评表资金两种分法）',
  run(e) {
    for (const spec of PARTS) {
      const whole = sFig(e.ds, ...spec.whole)
      const parts = spec.parts.map((k) => sFig(e.ds, ...k))
      if (!whole || parts.some((p) => !p)) continue
      let actual = whole
      if (spec.whole[2] === 'budgetGpb') {
        const rest = incomeSplit(e.ds)
        if (rest.some((f) => f.value !== 0)) continue // the income split has other sources: compare only when they are 0
        actual = { ...whole, label: text('finding.T07-STATED-PARTS.byIncome', { label: whole.label }) }
      }
      e.outcome(checkSum(actual, parts as Fig[]), {
        actual, others: parts as Fig[], screen: topicScreen(spec.whole[0], spec.whole[1]),
        unit: stated(e.ds, ...spec.whole)?.unit === '人' ? '人' : '万元', expectedLabel: spec.what,
      })
    }
  },
})

export const smeCategories = defineRule({
  id: 'S11-SME-CATEGORIES', family: 'statement', severity: 'warning',
  description: '授予中小企业合同金额 = Σ 各类采购金额 × 该类授予中小企业比例（区间计算）',
  run(e) {
    const sme = sFig(e.ds, 'procurement', 'sme', 'amount')
    const CATEGORIES = [['goods', 'goodsSme'], ['works', 'worksSme'], ['services', 'servicesSme']] as const
    const cats = CATEGORIES.map(([c, smeShare]) => [sFig(e.ds, 'procurement', c, 'amount'), sFig(e.ds, 'procurement', smeShare, 'share')] as const)
    if (!sme || cats.some(([a, s]) => !a || !s)) return
    // implied = Σ amount × share / 100, in units U = 10^-(PA+Q+2) 万元, everything ×4 (doubled half-widths)
    const PA = Math.max(2, ...cats.map(([a]) => a!.precision))
    const Q = Math.max(...cats.map(([, s]) => s!.precision))
    const B = (n: number) => BigInt(n)
    let lo = 0n
    let hi = 0n
    let mid = 0n
    for (const [a, s] of cats) {
      const A = B(units(a!.value, PA))
      const S = B(units(s!.value, Q))
      const hA = B(pow10(PA - Math.max(2, a!.precision)))
      const hS = B(pow10(Q - s!.precision))
      const cap = B(200 * pow10(Q))
      mid += 4n * A * S
      lo += (2n * A - hA) * (2n * S - hS)
      hi += (2n * A + hA) * (2n * S + hS > cap ? cap : 2n * S + hS)
    }
    const M = 4n * B(units(sme.value, PA + Q + 2))
    const hM = 2n * B(pow10(PA + Q + 2 - sme.precision))
    const d = M - mid
    const cls = (d < 0n ? -d : d) <= hM ? 'ok' : M + hM >= lo && M - hM <= hi ? 'rounding' : 'mismatch'
    if (cls === 'ok') return
    const scale = 4 * pow10(PA + Q + 2)
    const expected = Number((Number(mid) / scale).toFixed(2))
    e.outcome({ cls, expected, actual: sme.value, difference: Number((sme.value - expected).toFixed(2)), tolerance: Number((Number(hi - lo) / 2 / scale + 0.5 * pow10(-sme.precision)).toFixed(3)), precision: 2 }, {
      actual: sme, others: cats.flatMap(([a, s]) => [a!, s!]), screen: topicScreen('procurement', 'sme'),
      expectedLabel: text('finding.S11-SME-CATEGORIES.implied', {
        terms: joined(cats.map(([a, s]) => text('finding.S11-SME-CATEGORIES.term', { amount: a!.value, share: s!.value }))),
      }),
    })
  },
})

/** Measures that restate another measure of the same item (the alternative printing of one figure). */
const ALT: ReadonlyArray<readonly [StatedMeasure, StatedMeasure]> = [['executed', 'executedAlt']]

/** Figures that are the same quantity printed in different places. */
const SAME: ReadonlyArray<readonly [StatedKey, StatedKey]> = [
  [['budgetExecution', 'total', 'budget'], ['performance', 'overall', 'budgetInitial']],
  [['performance', 'overall', 'score'], ['performanceIndicator', 'total', 'score']],
  [['performance', 'overall', 'executed'], ['budgetExecution', 'total', 'actual']],
]

export const duplicates = defineRule({
  id: 'S12-SAME-FIGURE', family: 'statement', severity: 'warning',
  description: '同一数字在说明中多处印出时位数一致（如执行数、年初预算数、自评得分）',
  run(e) {
    const pairs: [Fig, Fig, StatedTopic, StatedItem][] = []
    const seen = new Set<string>()
    for (const f of e.ds.stated) {
      if (f.derived || f.value === null) continue
      const key = `${f.topic}|${f.item}|${f.measure}`
      if (!seen.has(key)) {
        seen.add(key)
        const all = statedAll(e.ds, f.topic, f.item, f.measure).map(statedFig).filter((x): x is Fig => x !== null)
        for (const other of all.slice(1)) pairs.push([other, all[0]!, f.topic, f.item])
      }
      for (const [m, alt] of ALT) {
        if (f.measure !== alt) continue
        const main = sFig(e.ds, f.topic, f.item, m)
        const a = statedFig(f)
        if (main && a) pairs.push([a, main, f.topic, f.item])
      }
    }
    for (const [a, b] of SAME) {
      const x = sFig(e.ds, ...b)
      const y = sFig(e.ds, ...a)
      if (x && y) pairs.push([x, y, b[0], b[1]])
    }
    for (const f of e.ds.stated) {
      const m = f.topic === 'performanceIndicator' && f.measure === 'target' ? /^=\s*([\d.]+)万元$/.exec(f.text) : null
      const budget = m && /预算/.test(f.name) ? sFig(e.ds, 'budgetExecution', 'total', 'budget') ?? sFig(e.ds, 'performance', 'overall', 'budgetInitial') : null
      if (m && budget) {
        const label = text('finding.S12-SAME-FIGURE.target', { section: printed(f.source.section ?? ''), name: printed(f.name), value: printed(f.text) })
        pairs.push([{ value: Number(m[1]), precision: Math.max(2, m[1]!.split('.')[1]?.length ?? 0), ref: { ...f.source }, label }, budget, f.topic, f.item])
      }
    }
    for (const [a, b, topic, item] of pairs) {
      e.outcome(checkSame(a, b), { actual: a, expectedLabel: b.label, others: [b], screen: topicScreen(topic, item) })
    }
  },
})
