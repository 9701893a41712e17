/** Sankey links, notes and sources of the 机构改革划转 screen; the figures come from model/narrative/reform.ts. Pure. */
import { sections } from '@/model/stated'
import type { FlowLink } from '@/charts/sankey'
import type { ReformTransfers, Transfer } from '@/model/narrative/reform'


/** from → item → receiving body, for every amount moved out; `other` names a receiver the report leaves unnamed. */
export function reformLinks(v: ReformTransfers, other: string): FlowLink[] {
  return v.moved.flatMap((m) => [
    { source: v.from, target: m.name, value: m.value },
    { source: m.name, target: m.to ?? other, value: m.value },
  ])
}

export type Msg = (key: string, params: Record<string, string | number>) => string

/**
 * One sentence per transfer that moved something in or kept a remainder (those are not in the sankey of amounts
 * moved out): '{name}：{parts}。' with one clause per stated amount, worded by the i18n templates `reform.note.*`.
 */
export function transferNotes(v: ReformTransfers, t: Msg, amount: (n: number) => string, printed: (name: string) => string = (s) => s): string[] {
  return v.transfers
    .filter((x) => x.in !== null || x.keptHere !== null || x.keptOther !== null)
    .map((x) => t('reform.note.sentence', { name: printed(x.name), parts: clauses(x, v.year, t, amount, printed).join(t('reform.note.sep', {})) }))
}

/** `printed`: how a name printed in the report goes into the sentence (the screen marks it: i18n/text.ts `mark`). */
function clauses(x: Transfer, year: number, t: Msg, amount: (n: number) => string, printed: (name: string) => string): string[] {
  const other = x.counterpart !== null && x.counterpart !== undefined ? printed(x.counterpart) : t('reform.otherBody', {})
  const out: string[] = []
  if (x.out !== null) out.push(t('reform.note.out', { amount: amount(x.out), other, year }))
  if (x.in !== null) out.push(t('reform.note.in', { amount: amount(x.in), other, year }))
  if (x.keptHere !== null) out.push(t('reform.note.keptHere', { amount: amount(x.keptHere), other, year }))
  if (x.keptOther !== null) out.push(t('reform.note.keptOther', { amount: amount(x.keptOther), other, year }))
  return out
}

export const reformSources = (v: ReformTransfers) => sections(v.figures)
