/**
 * This year's report against last year's report of the same department, when both are loaded (the prior year as
 * model/priorYear.ts finds it — the same answer the screens use). What this year's report says of last year — a
 * printed 上年数, the 上年数 its stated change implies (本年数 − 增减额), or its stated change percentage — must
 * match the loaded report's figure, within the rounding bounds of numeric.ts. A difference is often a restated
 * prior year (a comparable basis after a reorganisation), which the department should explain: a warning.
 * Wording: catalogue keys `finding.Y01-PRIOR-YEAR.*` (src/i18n/catalogue/findings.*.ts).
 */
import type { Dataset, SourceRef } from '../../model/types'
import { priorYear } from '../../model/priorYear'
import { keyParts, YEAR_KEYS, type YearFigure, type YearKey } from '../../model/yearFigures'
import { joined, printed, text, type Param } from '../../i18n/text'
import { defineRule, type Emitter } from '../emit'
import { cellFig, relabel, statedFig } from '../figures'
import { checkLinear, checkPercent, pow10, units, type Fig, type Outcome, type Term } from '../numeric'
import { sFig, stated, topicScreen } from '../stated'
import type { ScreenHint } from '../types'

const K = 'finding.Y01-PRIOR-YEAR'
const NOTE = text(`${K}.note`)

/** A loaded report's figure as the audit sees it, named and placed in that report (its files share names with this year's). */
function loadedFig(f: YearFigure, ds: Dataset): Fig | null {
  const base = f.cell ? cellFig(f.cell.table, f.cell.row, f.cell.measure) : statedFig(f.stated)
  if (!base) return null
  const report = text(`${K}.report`, { dept: printed(ds.meta.department), year: ds.meta.year })
  const ref: SourceRef = { ...base.ref, file: `${ds.meta.department} ${ds.meta.year}年报告/${base.ref.file}` }
  return { ...relabel(base, text(`${K}.loaded`, { report, label: base.label })), ref, short: text(`${K}.loaded`, { report, label: base.short ?? base.label }) }
}

const plus = (fig: Fig): Term => ({ fig, coef: 1 })
const minus = (fig: Fig): Term => ({ fig, coef: -1 })
const txt = (f: Fig) => f.value.toFixed(f.precision)
const isOk = (o: Outcome | null) => o === null || o.cls !== 'mismatch'

function screenOf(key: YearKey): ScreenHint {
  const { topic, item } = keyParts(key)
  // the comparison with last year is the 同比变化 screen's; the 三公 and 机关运行经费 have theirs on the 三公 screen
  return topic === 'threePublic' || topic === 'operatingCost' ? topicScreen(topic, item) : { screen: 'yoy', item: key }
}

function checkKey(e: Emitter, key: YearKey, loaded: Fig[], year: number): void {
  const { topic, item, measure } = keyParts(key)
  const screen = screenOf(key)
  const loadedLabel: Param = loaded.length === 1 ? loaded[0]!.label : text(`${K}.loadedSum`, { year, list: joined(loaded.map((f) => f.short ?? f.label)) })
  const name = stated(e.ds, topic, item, measure)?.name ?? stated(e.ds, topic, item, 'changeAmount')?.name ?? item

  // a printed 上年数: the same figure printed in two reports
  const printedPrior = sFig(e.ds, topic, item, 'prior')
  if (printedPrior) {
    e.outcome(checkLinear(printedPrior, loaded.map(plus)), {
      actual: relabel(printedPrior, text(`${K}.statedPrior`, { label: printedPrior.label, year })), expectedLabel: loadedLabel, others: loaded, screen, note: NOTE,
    })
  }

  // the 上年数 the stated change implies: 本年数 − 增减额 against the loaded figure
  const current = sFig(e.ds, topic, item, measure)
  const change = sFig(e.ds, topic, item, 'changeAmount')
  let changeOk = true
  if (current && change) {
    // current = loaded + change, compared exactly; shown as (current − change) vs loaded, the same difference
    const o = checkLinear(current, [...loaded.map(plus), plus(change)])
    const P = o.precision
    const c = units(change.value, P)
    const implied = (units(current.value, P) - c) / pow10(P)
    const moved: Outcome = { ...o, actual: implied, expected: (units(o.expected, P) - c) / pow10(P) }
    const impliedFig: Fig = {
      value: implied, precision: P, ref: change.ref,
      label: text(`${K}.implied`, { section: printed(change.ref.section ?? ''), year, name: printed(name), current: txt(current), change: txt(change) }),
    }
    changeOk = isOk(o)
    e.outcome(moved, { actual: impliedFig, expectedLabel: loadedLabel, others: [...loaded, current], screen, note: NOTE })
  }

  // the stated change percentage against (本年数 − loaded) ÷ loaded; not again when the amount already disagreed
  const pct = sFig(e.ds, topic, item, 'changePct')
  if (pct && current && changeOk) {
    const o = checkPercent(pct, [plus(current), ...loaded.map(minus)], loaded.map(plus))
    e.outcome(o, {
      actual: pct, unit: '%', others: [current, ...loaded], screen, note: NOTE,
      expectedLabel: text(`${K}.recomputed`, { current: txt(current), loaded: loadedLabel, values: joined(loaded.map(txt)) }),
    })
  }
}

export const priorYearStated = defineRule({
  id: 'Y01-PRIOR-YEAR', family: 'across', severity: 'warning',
  description: '本年报告所述上年数（上年数、增减额、增减幅度）= 已载入的上年报告中的同一数字（同一部门，按名称或导入时的对应关系）',
  run(e) {
    const all = e.ctx.all
    if (!all || all.length < 2) return
    const py = priorYear(e.ds, all)
    if (!py.datasets.length) return
    for (const key of YEAR_KEYS) {
      const p = py.figure(key)
      if (p.provenance !== 'loaded') continue
      const loaded = p.loaded.map((f, i) => loadedFig(f, py.datasets[i]!))
      if (loaded.some((f) => f === null)) continue
      checkKey(e, key, loaded as Fig[], py.year)
    }
  },
})
