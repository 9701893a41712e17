import type { EChartsOption } from 'echarts'
import { base, type ChartContext } from './theme'
import { tipHtml, type TipItem } from './tooltip'

export interface TreemapItem extends TipItem {
  id: string
  /** has children to drill into */
  leaf: boolean
}

/** One level of the classification as a treemap; drilling is done by the app (one level at a time). */
export function treemapOption(items: readonly TreemapItem[], ctx: ChartContext): EChartsOption {
  const data = items.filter((i) => (i.value ?? 0) > 0)
  return {
    ...base(ctx),
    tooltip: {
      confine: true,
      formatter: (p: unknown) => {
        const id = (p as { data?: { id?: string } }).data?.id
        const item = data.find((d) => d.id === id)
        return item ? tipHtml(item, ctx) : ''
      },
    },
    series: [
      {
        type: 'treemap',
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        width: '100%',
        height: '100%',
        top: 0,
        left: 0,
        label: {
          show: true,
          formatter: (p: unknown) => {
            const item = data.find((d) => d.id === (p as { data?: { id?: string } }).data?.id)
            return item ? `${item.name}\n${ctx.fmtNumber(item.value)}` : ''
          },
        },
        upperLabel: { show: false },
        data: data.map((i) => ({ name: i.name, value: i.value ?? 0, id: i.id })),
      },
    ],
  } satisfies EChartsOption
}
