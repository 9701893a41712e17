import { describe, expect, it } from 'vitest'
import { waterfallOption } from '@/charts/waterfall'
import { groupedBarOption } from '@/charts/grouped'
import { sankeyOption } from '@/charts/sankey'
import type { ChartContext } from '@/charts/theme'

const ctx: ChartContext = {
  unitLabel: '万元', fmt: (v) => `${v} 万元`, fmtNumber: (v) => String(v), decal: true,
  labels: { amount: '金额', share: '占比', change: '比上年增减' },
}
type Series = { data: unknown[] }[]

describe('waterfall', () => {
  const steps = [
    { id: 'prior', name: '2023年', kind: 'level' as const, value: 1871.65 },
    { id: 'moved', name: '机构改革划出', kind: 'change' as const, value: -185.27 },
    { id: 'rest', name: '其余变化', kind: 'change' as const, value: -196.45 },
    { id: 'current', name: '2024', kind: 'level' as const, value: 1489.93 },
  ]
  const opt = waterfallOption(steps, ctx) as { series: Series; aria: { decal: { show: boolean } } }
  it('floats each change from the running level, exact to the cent', () => {
    expect(opt.series[0]!.data).toEqual([0, 1686.38, 1489.93, 0])
    expect((opt.series[1]!.data as { value: number }[]).map((d) => d.value)).toEqual([1871.65, 185.27, 196.45, 1489.93])
  })
  it('passes the decal switch through aria', () => {
    expect(opt.aria.decal.show).toBe(true)
  })
})

describe('grouped bars', () => {
  it('puts the first category on top and keeps one series per measure', () => {
    const opt = groupedBarOption(['a', 'b'], [{ name: '预算', values: [1, 2] }, { name: '决算', values: [3, null] }], ctx) as {
      yAxis: { data: string[] }
      series: Series
    }
    expect(opt.yAxis.data).toEqual(['b', 'a'])
    // a blank (null) value is drawn as ECharts' empty '-', never as 0
    expect((opt.series[1]!.data as { value: unknown }[]).map((d) => d.value)).toEqual(['-', 3])
  })
  it('escapes category and series names in the tooltip', () => {
    const opt = groupedBarOption(['<b>x</b>'], [{ name: '<i>s</i>', values: [1] }], ctx) as { tooltip: { formatter: (p: unknown) => string } }
    const html = opt.tooltip.formatter([{ dataIndex: 0, seriesIndex: 0 }])
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;')
    expect(html).toContain('&lt;i&gt;s&lt;/i&gt;')
  })
})

describe('sankey', () => {
  it('has one node per name and escapes edge tooltips', () => {
    const opt = sankeyOption([{ source: 'A', target: '<img src=x>', value: 1 }, { source: '<img src=x>', target: 'C', value: 1 }], ctx) as {
      series: { data: { name: string }[] }[]
      tooltip: { formatter: (p: unknown) => string }
    }
    expect(opt.series[0]!.data.map((d) => d.name)).toEqual(['A', '<img src=x>', 'C'])
    expect(opt.tooltip.formatter({ dataType: 'edge', data: { source: 'A', target: '<img src=x>', value: 1 } })).not.toContain('<img')
  })
})
