import type { EChartsOption } from 'echarts'
import { base, type ChartContext } from './theme'
import { TIP_FRAME, tipHtml, type TipItem } from './tooltip'
import { blockFits, blockLabels } from './labels'

export interface TreemapItem extends TipItem {
  id: string
  /** has children to drill into */
  leaf: boolean
}

/**
 * One level of the classification as a treemap; drilling is done by the app (one level at a time).
 * Block labels: the code on its own line, the short name, the amount. A block too small for its whole label (a sliver
 * beside one big class, on a phone) gets none rather than one ECharts cuts to "20..."; its tooltip, the table under
 * the chart and the sorted bars name it. The fit is decided where the block's size is known, in `labelLayout`.
 */
export function treemapOption(items: readonly TreemapItem[], ctx: ChartContext): EChartsOption {
  const data = items.filter((i) => (i.value ?? 0) > 0)
  const lines = blockLabels(data.map((d) => d.name))
  return {
    ...base(ctx),
    tooltip: {
      ...TIP_FRAME,
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
          overflow: 'truncate',
          ellipsis: '...',
          formatter: (p: unknown) => {
            const i = data.findIndex((d) => d.id === (p as { data?: { id?: string } }).data?.id)
            const item = data[i]
            return item ? [...(lines[i] ?? []), ctx.fmtNumber(item.value)].join('\n') : ''
          },
        },
        upperLabel: { show: false },
        // font size 0 is how a label layout hides a label (the callback cannot set `show`)
        labelLayout: (p: { text: string; rect: { width: number; height: number } }) => (blockFits(p.text, p.rect) ? {} : { fontSize: 0 }),
        data: data.map((i) => ({ name: i.name, value: i.value ?? 0, id: i.id })),
      },
    ],
  } satisfies EChartsOption
}
