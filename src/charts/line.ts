import type { EChartsOption } from 'echarts'
import { encodeHTML } from './escape'
import { base, type ChartContext } from './theme'
import { TIP_FRAME } from './tooltip'

export interface LinePoint {
  x: string
  value: number | null
  /** derived (not printed) points are drawn hollow and say so in the tooltip */
  derived?: boolean
}

/** One series over years. */
export function lineOption(name: string, points: readonly LinePoint[], ctx: ChartContext, derivedLabel = '推算'): EChartsOption {
  return {
    ...base(ctx),
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      ...TIP_FRAME,
      trigger: 'item',
      formatter: (p: unknown) => {
        const pt = points[(p as { dataIndex: number }).dataIndex]
        if (!pt) return ''
        return `<strong>${encodeHTML(name)}</strong><br/>${encodeHTML(pt.x)}：${encodeHTML(ctx.fmt(pt.value))}${pt.derived ? `（${encodeHTML(derivedLabel)}）` : ''}`
      },
    },
    xAxis: { type: 'category', data: points.map((p) => p.x) },
    yAxis: { type: 'value', name: ctx.unitLabel, axisLabel: { hideOverlap: true, formatter: (v: number) => ctx.fmtNumber(v) } },
    series: [
      {
        type: 'line',
        name,
        data: points.map((p) => ({ value: p.value ?? 0, symbol: p.derived ? 'emptyCircle' : 'circle' })),
        symbolSize: 8,
        label: { show: points.length <= 12, position: 'top', formatter: (p: unknown) => ctx.fmtNumber((p as { value: number }).value) },
      },
    ],
  } satisfies EChartsOption
}
