import type { EChartsOption } from 'echarts'
import { encodeHTML } from './escape'
import { base, PALETTE, type ChartContext } from './theme'
import { TIP_FRAME } from './tooltip'
import { columnLabels } from './labels'

export interface WaterfallStep {
  id: string
  name: string
  /** a level (start/end bar from zero) or a change (floating bar) */
  kind: 'level' | 'change'
  value: number
  note?: string
}

/**
 * Waterfall: levels drawn from zero, changes floating from the running level. Built on integer cents so the
 * running sum is exact. A transparent helper series carries the offsets.
 */
export function waterfallOption(steps: readonly WaterfallStep[], ctx: ChartContext): EChartsOption {
  let level = 0
  const offsets: number[] = []
  const bars: { value: number; itemStyle: { color: string } }[] = []
  for (const s of steps) {
    const cents = Math.round(s.value * 100)
    if (s.kind === 'level') {
      level = cents
      offsets.push(0)
      bars.push({ value: cents / 100, itemStyle: { color: PALETTE[0] } })
    } else {
      const next = level + cents
      offsets.push(Math.min(level, next) / 100)
      bars.push({ value: Math.abs(cents) / 100, itemStyle: { color: cents < 0 ? PALETTE[3] : PALETTE[2] } })
      level = next
    }
  }
  const x = columnLabels(steps.map((s) => s.name))
  return {
    ...base(ctx),
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: {
      ...TIP_FRAME,
      trigger: 'item',
      formatter: (p: unknown) => {
        const s = steps[(p as { dataIndex: number }).dataIndex]
        if (!s) return ''
        const amount = s.kind === 'change' && s.value > 0 ? `+${ctx.fmt(s.value)}` : ctx.fmt(s.value)
        return [`<strong>${encodeHTML(s.name)}</strong>`, encodeHTML(amount), s.note ? encodeHTML(s.note) : ''].filter(Boolean).join('<br/>')
      },
    },
    xAxis: { type: 'category', data: x.labels, axisLabel: { interval: 0, width: x.width, overflow: 'break' } },
    yAxis: { type: 'value', name: ctx.unitLabel, axisLabel: { hideOverlap: true, formatter: (v: number) => ctx.fmtNumber(v) } },
    series: [
      { type: 'bar', stack: 'w', silent: true, itemStyle: { color: 'transparent' }, data: offsets, tooltip: { show: false } },
      {
        type: 'bar',
        stack: 'w',
        data: bars,
        label: {
          show: true,
          position: 'top',
          formatter: (p: unknown) => {
            const s = steps[(p as { dataIndex: number }).dataIndex]
            return s ? (s.kind === 'change' && s.value > 0 ? '+' : '') + ctx.fmtNumber(s.value) : ''
          },
        },
      },
    ],
  } satisfies EChartsOption
}
