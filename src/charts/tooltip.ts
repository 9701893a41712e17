import { encodeHTML } from './escape'
import type { ChartContext } from './theme'

/**
 * Every tooltip: kept inside the chart (`confine`) and wrapping long names within a phone's width
 * (ECharts' own style is `white-space: nowrap`, which lets one long classification name run off the screen).
 */
export const TIP_FRAME = {
  confine: true,
  extraCssText: 'white-space:normal;overflow-wrap:anywhere;max-width:min(22rem,80vw);',
} as const

export interface TipItem {
  name: string
  value: number | null
  share?: number | null // of parent, ratio
  change?: number | null // vs last year, 万元
}

/** Tooltip HTML for one item: every data-derived string is escaped. */
export function tipHtml(item: TipItem, ctx: ChartContext): string {
  const lines = [`<strong>${encodeHTML(item.name)}</strong>`, `${encodeHTML(ctx.labels.amount)}：${encodeHTML(ctx.fmt(item.value))}`]
  if (item.share !== undefined && item.share !== null) lines.push(`${encodeHTML(ctx.labels.share)}：${(item.share * 100).toFixed(2)}%`)
  if (item.change !== undefined && item.change !== null) lines.push(`${encodeHTML(ctx.labels.change)}：${encodeHTML(ctx.fmt(item.change))}`)
  return lines.join('<br/>')
}
