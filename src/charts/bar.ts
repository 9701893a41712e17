import type { EChartsOption } from 'echarts'
import { base, labelOf, type ChartContext } from './theme'
import { TIP_FRAME, tipHtml, type TipItem } from './tooltip'
import { shortLabels } from './labels'

export interface BarItem extends TipItem {
  id: string
}

/** Sorted horizontal bar, biggest first at the top. Axis labels are short (code + name); the tooltip has the full name, escaped. */
export function barOption(items: readonly BarItem[], ctx: ChartContext): EChartsOption {
  const sorted = [...items].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
  const rows = sorted.reverse()
  return {
    ...base(ctx),
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      ...TIP_FRAME,
      trigger: 'item',
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }).dataIndex
        const item = rows[i]
        return item ? tipHtml(item, ctx) : ''
      },
    },
    xAxis: { type: 'value', name: ctx.unitLabel, splitNumber: 3, axisLabel: { hideOverlap: true, formatter: (v: number) => ctx.fmtNumber(v) } },
    yAxis: {
      type: 'category',
      data: shortLabels(rows.map((r) => r.name), ctx.axisBudget),
    },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({ value: r.value ?? '-', id: r.id })),
        label: { show: true, position: 'right', formatter: (p: unknown) => labelOf((p as { value: unknown }).value, ctx) },
        cursor: 'pointer',
      },
    ],
  } satisfies EChartsOption
}
