/**
 * The floor of one chart (bench/floor.ts): ECharts with only the parts a bar chart needs, and one bar chart of the
 * size the app draws on a phone (8 projects × 2 series), drawn once cold and once more warm. Nothing of the app.
 */
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'

use([CanvasRenderer, BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent])

function draw(): number {
  const el = document.createElement('div')
  el.style.cssText = 'width:380px;height:420px'
  document.body.append(el)
  const names = Array.from({ length: 8 }, (_, i) => `项目${i + 1} 政务服务能力提升`)
  const t0 = performance.now()
  init(el).setOption({
    animation: false, aria: { enabled: true }, tooltip: {}, legend: {}, grid: { containLabel: true },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: names },
    series: [
      { type: 'bar', name: '预算', data: names.map((_, i) => 100 + i * 13) },
      { type: 'bar', name: '执行', data: names.map((_, i) => 90 + i * 11) },
    ],
  })
  return performance.now() - t0
}

Object.assign(window, { floorDraw: draw, floorReady: true })
