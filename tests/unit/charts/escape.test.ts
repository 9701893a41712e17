import { describe, expect, it } from 'vitest'
import { format } from 'echarts/core'
import { encodeHTML } from '@/charts/escape'
import { barOption } from '@/charts/bar'
import { pieOption } from '@/charts/pie'
import { treemapOption } from '@/charts/treemap'
import type { ChartContext } from '@/charts/theme'

const ctx: ChartContext = {
  unitLabel: '万元', fmt: (v) => `${v} 万元`, fmtNumber: (v) => String(v), decal: false,
  labels: { amount: '金额', share: '占比', change: '比上年增减' },
}
const EVIL = '<img src=x onerror=alert(1)>'

describe('encodeHTML', () => {
  it('matches echarts.format.encodeHTML on hostile and ordinary strings', () => {
    for (const s of [EVIL, `a&b"c'd`, '一般公共服务支出', '', '=HYPERLINK("x")']) expect(encodeHTML(s)).toBe(format.encodeHTML(s))
  })
})

type Fmt = (p: unknown) => string
describe('tooltips escape names from the data', () => {
  const items = [{ id: 'x', name: EVIL, value: 1, share: 0.5 }, { id: 'y', name: 'ok', value: 2 }]
  it('bar', () => {
    const opt = barOption(items, ctx) as { tooltip: { formatter: Fmt } }
    const html = [0, 1].map((dataIndex) => opt.tooltip.formatter({ dataIndex })).join('\n')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
  it('pie', () => {
    const opt = pieOption(items, ctx) as { tooltip: { formatter: Fmt } }
    const html = opt.tooltip.formatter({ dataIndex: 0 })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
  it('treemap', () => {
    const opt = treemapOption([{ ...items[0]!, leaf: true }], ctx) as { tooltip: { formatter: Fmt } }
    expect(opt.tooltip.formatter({ data: { id: 'x' } })).not.toContain('<img')
  })
})

describe('bar option', () => {
  it('sorts biggest first at the top (ECharts draws categories bottom-up)', () => {
    const opt = barOption([{ id: 'a', name: 'A', value: 1 }, { id: 'b', name: 'B', value: 3 }, { id: 'c', name: 'C', value: 2 }], ctx) as {
      yAxis: { data: string[] }
    }
    expect(opt.yAxis.data).toEqual(['A', 'C', 'B'])
  })
  it('keeps the item id on each datum for drill clicks', () => {
    const opt = barOption([{ id: '201', name: 'A', value: 1 }], ctx) as { series: { data: { id: string }[] }[] }
    expect(opt.series[0]!.data[0]!.id).toBe('201')
  })
})
