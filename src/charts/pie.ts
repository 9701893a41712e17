import type { EChartsOption } from 'echarts'
import { base, type ChartContext } from './theme'
import { TIP_FRAME, tipHtml, type TipItem } from './tooltip'

export interface PieItem extends TipItem {
  id: string
}

/** Donut of shares; zero and null items are left out (they have no share to show). */
export function pieOption(items: readonly PieItem[], ctx: ChartContext): EChartsOption {
  const data = items.filter((i) => (i.value ?? 0) > 0)
  return {
    ...base(ctx),
    tooltip: {
      ...TIP_FRAME,
      trigger: 'item',
      formatter: (p: unknown) => {
        const item = data[(p as { dataIndex: number }).dataIndex]
        return item ? tipHtml(item, ctx) : ''
      },
    },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { formatter: (p: unknown) => `${(p as { percent: number }).percent}%`, position: 'inside', color: '#fff', fontWeight: 'bold' },
        data: data.map((i) => ({ name: i.name, value: i.value ?? 0, id: i.id })),
      },
    ],
  } satisfies EChartsOption
}
