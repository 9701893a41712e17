import type { EChartsOption } from 'echarts'
import { encodeHTML } from './escape'
import { base, PALETTE, type ChartContext } from './theme'
import { TIP_FRAME } from './tooltip'

export interface FlowLink {
  source: string
  target: string
  value: number
}

/** node colours: the palette without black and yellow, which read badly behind labels */
const NODE_COLORS = PALETTE.filter((c) => c !== '#000000' && c !== '#F0E442')

/** Sankey of flows (amounts in 万元). Node names come from data: tooltips escape them. */
export function sankeyOption(links: readonly FlowLink[], ctx: ChartContext): EChartsOption {
  const names = [...new Set(links.flatMap((l) => [l.source, l.target]))]
  return {
    ...base(ctx),
    tooltip: {
      ...TIP_FRAME,
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = (p as { dataType?: string; data: { source?: string; target?: string; value?: number; name?: string } })
        if (d.dataType === 'edge') return `${encodeHTML(d.data.source)} → ${encodeHTML(d.data.target)}<br/>${encodeHTML(ctx.fmt(d.data.value ?? null))}`
        return encodeHTML(d.data.name)
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 120,
        top: 8,
        bottom: 8,
        nodeGap: 14,
        emphasis: { focus: 'adjacency' },
        data: names.map((name, i) => ({ name, itemStyle: { color: NODE_COLORS[i % NODE_COLORS.length] } })),
        links: links.map((l) => ({ ...l })),
        label: {
          width: 110,
          overflow: 'break',
          formatter: (p: unknown) => {
            const d = p as { name: string; value: number }
            return `${d.name}\n${ctx.fmtNumber(d.value)}`
          },
        },
        lineStyle: { color: 'gradient', opacity: 0.45 },
      },
    ],
  } satisfies EChartsOption
}
