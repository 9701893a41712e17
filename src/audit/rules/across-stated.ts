/**
 * 公开09表 vs the stated 三公 figures (七): the same budget and actual, part by part. The text is a
 * statement, so a mismatch is a warning; a blank 09 cell and a stated 0 agree.
 */
import { defineRule } from '../emit'
import { cellFig } from '../figures'
import { THREE_PUBLIC_PARTS, threePublicColumn } from '../keys'
import { checkSame } from '../numeric'
import { sFig } from '../stated'
import { table, totalRow } from '../tables'

export const threePublicStated = defineRule({
  id: 'X09-THREE-PUBLIC-STATED', family: 'across', severity: 'warning',
  description: '“三公”经费表（09）的预算数、决算数 = 说明中所述“三公”各项的预算数、决算数',
  run(e) {
    const t = table(e.ds, 'threePublic')
    const row = t ? (totalRow(t) ?? t.rows[0] ?? null) : null
    if (!t || !row) return
    for (const side of ['budget', 'actual'] as const) {
      for (const part of THREE_PUBLIC_PARTS) {
        const s = sFig(e.ds, 'threePublic', part, side)
        const c = threePublicColumn(t, side, part)
        const f = c ? cellFig(t, row, c) : null
        if (!s || !f) continue
        e.outcome(checkSame(s, f), {
          actual: s, expectedLabel: f.label, others: [f], screen: { screen: 'threePublic', table: 'threePublic', item: part },
        })
      }
    }
  },
})
