/**
 * Statements vs the amounts they refer to: every stated share and every stated change percentage is
 * recomputed from the amounts (interval bounds from the printed precision of each, see numeric.ts).
 */
import { text } from '../../i18n/text'
import type { StatedItem, StatedKey, StatedTopic } from '../../model/vocabulary'
import { defineRule, type Emitter } from '../emit'
import type { Fig } from '../numeric'
import { checkPercent } from '../numeric'
import { named, resolve, type Source } from '../operand'
import { itemsOf, sFig, stated, topicScreen } from '../stated'

interface ShareSpec {
  share: StatedKey
  num: readonly Source[]
  den: readonly Source[]
}

const GPB_TOTAL: readonly Source[] = [['totals', 'gpbExpenditure', 'amount'], ['budgetExecution', 'total', 'actual'], '05.total']

const SHARES: readonly ShareSpec[] = [
  { share: ['income', 'fiscal', 'share'], num: [['income', 'fiscal', 'amount']], den: [['income', 'total', 'amount'], '01.totalIncome'] },
  { share: ['expenditure', 'basic', 'share'], num: [['expenditure', 'basic', 'amount']], den: [['expenditure', 'total', 'amount'], '01.totalExpenditure'] },
  { share: ['expenditure', 'project', 'share'], num: [['expenditure', 'project', 'amount']], den: [['expenditure', 'total', 'amount'], '01.totalExpenditure'] },
  { share: ['totals', 'gpbExpenditure', 'shareOfTotal'], num: [['totals', 'gpbExpenditure', 'amount']], den: [['expenditure', 'total', 'amount'], '01.totalExpenditure'] },
  { share: ['basicSplit', 'personnel', 'share'], num: [['basicSplit', 'personnel', 'amount']], den: [['basicSplit', 'basic', 'amount'], '05.basic'] },
  { share: ['basicSplit', 'public', 'share'], num: [['basicSplit', 'public', 'amount']], den: [['basicSplit', 'basic', 'amount'], '05.basic'] },
  { share: ['procurement', 'sme', 'share'], num: [['procurement', 'sme', 'amount']], den: [['procurement', 'total', 'amount']] },
  { share: ['procurement', 'smallMicro', 'share'], num: [['procurement', 'smallMicro', 'amount']], den: [['procurement', 'sme', 'amount']] },
  { share: ['performance', 'overall', 'projectShare'], num: [['performance', 'overall', 'gpbProjectFunds'], ['performance', 'overall', 'projectFunds']], den: GPB_TOTAL },
  { share: ['performance', 'overall', 'projectShareOfProjects'], num: [['performance', 'overall', 'gpbProjectFunds'], ['performance', 'overall', 'projectFunds']], den: [['expenditure', 'project', 'amount'], '05.project'] },
]

function checkShare(e: Emitter, share: Fig, num: Fig, den: Fig, topic: StatedTopic, item: StatedItem, code: string | null) {
  e.outcome(checkPercent(share, [{ fig: num, coef: 1 }], [{ fig: den, coef: 1 }]), {
    actual: share, expectedLabel: text('finding.ratio.recomputed', { num: named(num), den: named(den) }), others: [num, den], unit: '%',
    screen: topicScreen(topic, item, code),
  })
}

export const statedShares = defineRule({
  id: 'S02-SHARE', family: 'statement', severity: 'warning',
  description: '说明中的占比 = 所指金额之比（按印出位数求区间）',
  run(e) {
    for (const s of SHARES) {
      const share = sFig(e.ds, ...s.share)
      const num = resolve(e.ds, s.num)
      const den = resolve(e.ds, s.den)
      if (share && num && den) checkShare(e, share, num, den, s.share[0], s.share[1], null)
    }
    for (const code of itemsOf(e.ds, 'classStructure')) {
      const share = sFig(e.ds, 'classStructure', code, 'share')
      const num = sFig(e.ds, 'classStructure', code, 'amount')
      const den = resolve(e.ds, GPB_TOTAL)
      if (share && num && den) checkShare(e, share, num, den, 'classStructure', code, stated(e.ds, 'classStructure', code, 'share')?.code ?? code)
    }
  },
})

/** change measure → its percentage, and whether the base is the prior year or the budget */
const CHANGE_PAIRS = [
  ['changeAmount', 'changePct', 'finding.S03-CHANGE-PCT.onPrior'],
  ['changeVsBudget', 'changeVsBudgetPct', 'finding.S03-CHANGE-PCT.onBudget'],
] as const

export const statedChanges = defineRule({
  id: 'S03-CHANGE-PCT', family: 'statement', severity: 'warning',
  description: '说明中的增减幅度 = 增减额 ÷（本年数 − 增减额）',
  run(e) {
    const seen = new Set<string>()
    for (const f of e.ds.stated) {
      const key = `${f.topic}|${f.item}`
      if (f.derived || seen.has(key)) continue
      seen.add(key)
      const current = sFig(e.ds, f.topic, f.item, 'actual') ?? sFig(e.ds, f.topic, f.item, 'amount')
      if (!current) continue
      for (const [amountKey, pctKey, base] of CHANGE_PAIRS) {
        const change = sFig(e.ds, f.topic, f.item, amountKey)
        const pct = sFig(e.ds, f.topic, f.item, pctKey)
        if (!change || !pct) continue
        const o = checkPercent(pct, [{ fig: change, coef: 1 }], [{ fig: current, coef: 1 }, { fig: change, coef: -1 }])
        e.outcome(o, {
          actual: pct, unit: '%', others: [change, current], screen: topicScreen(f.topic, f.item, f.code),
          expectedLabel: text(base, { change: named(change), current: current.value.toFixed(current.precision), amount: change.value.toFixed(change.precision) }),
        })
      }
    }
  },
})
