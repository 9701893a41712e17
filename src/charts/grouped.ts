import type { EChartsOption } from 'echarts'
import { encodeHTML } from './escape'
import { base, labelOf, type ChartContext } from './theme'
import { TIP_FRAME } from './tooltip'
import { shortLabels } from './labels'

export interface GroupedSeries {
  name: string
  values: (number | null)[]
}

/**
 * Horizontal grouped bars: one category per row (e.g. budget line), one series per measure (budget, actual).
 * Axis labels are short (code + name, unique); the tooltip lists every series for the full category name, escaped.
 */
export function groupedBarOption(categories: readonly string[], series: readonly GroupedSeries[], ctx: ChartContext, ids?: readonly string[]): EChartsOption {
  const order = categories.map((_, i) => i).reverse() // first category on top
  return {
    ...base(ctx),
    legend: { top: 0 },
    grid: { left: 8, right: 64, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      ...TIP_FRAME,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: unknown) => {
        const list = ps as { dataIndex: number; seriesIndex: number }[]
        const first = list[0]
        if (!first) return ''
        const i = order[first.dataIndex] ?? 0
        const lines = [`<strong>${encodeHTML(categories[i])}</strong>`]
        for (const p of list) {
          const s = series[p.seriesIndex]
          if (s) lines.push(`${encodeHTML(s.name)}：${encodeHTML(ctx.fmt(s.values[i] ?? null))}`)
        }
        return lines.join('<br/>')
      },
    },
    xAxis: { type: 'value', name: ctx.unitLabel, splitNumber: 3, axisLabel: { hideOverlap: true, formatter: (v: number) => ctx.fmtNumber(v) } },
    yAxis: { type: 'category', data: shortLabels(order.map((i) => categories[i] ?? ''), ctx.axisBudget) },
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      data: order.map((i) => ({ value: s.values[i] ?? '-', id: ids?.[i] })),
      label: { show: true, position: 'right' as const, formatter: (p: unknown) => labelOf((p as { value: unknown }).value, ctx) },
    })),
  } satisfies EChartsOption
}
