/** Sankey links and sources of the 机构改革划转 screen; the figures come from model/narrative/reform.ts. Pure. */
import { sections } from '@/model/stated'
import type { FlowLink } from '@/charts/sankey'
import type { ReformView } from '@/model/narrative/reform'

export { reformView, MOVED_ITEMS, type ReformView } from '@/model/narrative/reform'

export function reformLinks(v: ReformView): FlowLink[] {
  const to = v.receiver ?? '?'
  return v.moved.flatMap((m) => [
    { source: v.from, target: m.name, value: m.value },
    { source: m.name, target: to, value: m.value },
  ])
}

export const reformSources = (v: ReformView) => sections(v.figures)
