/**
 * Reading what a chart drew. The app draws on canvas, so there is no text in the DOM: EChart.vue puts the ECharts
 * instance on its element as `__chart`, and these functions (run in the page) read the category axes from
 * `getOption()` and every drawn text from zrender's display list (`getZr().storage.getDisplayList()`): TSpan elements
 * hold the strings as drawn, after ECharts' own truncation, with their bounding boxes.
 */
import type { Page } from 'playwright-core'

export interface DrawnText {
  text: string
  /** id of the text element the line belongs to (a wrapped label is one element, several lines) */
  host: number
  x: number
  y: number
  w: number
  h: number
  /** drawn at font size 0: a label the layout hid because it did not fit (charts/treemap.ts) */
  hidden: boolean
}

export interface ChartReading {
  panel: string
  width: number
  height: number
  series: string[]
  /** data items of the series the tooltip test uses (the last one) */
  dataCount: number
  axes: { dim: 'x' | 'y'; labels: string[] }[]
  texts: DrawnText[]
}

interface ZrEl {
  type: string
  id: number
  parent?: ZrEl
  style: { text?: string; font?: string }
  transform?: number[]
  getBoundingRect(): { clone(): { x: number; y: number; width: number; height: number; applyTransform(m: number[]): void } }
}
interface Instance {
  getOption(): Record<string, unknown>
  getWidth(): number
  getHeight(): number
  getZr(): { storage: { getDisplayList(update: boolean): ZrEl[] } }
  dispatchAction(a: Record<string, unknown>): void
}

/** Every chart on the page as drawn. */
export function readCharts(page: Page): Promise<ChartReading[]> {
  return page.evaluate(() => {
    const out: ChartReading[] = []
    for (const panel of document.querySelectorAll('[data-panel]')) {
      const chart = (panel.querySelector('.echart') as (HTMLElement & { __chart?: Instance }) | null)?.__chart
      if (!chart) continue
      const o = chart.getOption() as { xAxis?: { type?: string; data?: unknown[] }[]; yAxis?: { type?: string; data?: unknown[] }[]; series?: { type: string; data?: unknown[] }[] }
      const axes: ChartReading['axes'] = []
      for (const dim of ['x', 'y'] as const) {
        for (const a of o[`${dim}Axis`] ?? []) if (a.type === 'category') axes.push({ dim, labels: (a.data ?? []).map((d) => String(typeof d === 'object' && d ? (d as { value: unknown }).value : d)) })
      }
      const texts = chart
        .getZr()
        .storage.getDisplayList(true)
        .filter((e) => e.type === 'tspan')
        .map((e) => {
          const r = e.getBoundingRect().clone()
          if (e.transform) r.applyTransform(e.transform)
          return { text: e.style.text ?? '', host: e.parent?.id ?? e.id, x: r.x, y: r.y, w: r.width, h: r.height, hidden: / 0px /.test(` ${e.style.font ?? ''}`) }
        })
      out.push({ panel: panel.getAttribute('data-panel') ?? '', width: chart.getWidth(), height: chart.getHeight(), series: (o.series ?? []).map((s) => s.type), dataCount: o.series?.at(-1)?.data?.length ?? 0, axes, texts })
    }
    return out
  })
}

/** Show the tooltip of `dataIndex` in the panel's chart; the rectangle of the tooltip box in the viewport, or null. */
export async function tooltipRect(page: Page, panel: string, dataIndex: number): Promise<{ left: number; right: number; top: number; bottom: number } | null> {
  await page.evaluate(
    ([id, i]) => {
      const chart = (document.querySelector(`[data-panel="${id}"] .echart`) as (HTMLElement & { __chart?: Instance }) | null)?.__chart
      const series = (chart?.getOption() as { series?: { type: string }[] } | undefined)?.series ?? []
      // the first series that is not the waterfall's transparent helper
      const seriesIndex = series.length > 1 && series[0]!.type === 'bar' ? series.length - 1 : 0
      chart?.dispatchAction({ type: 'showTip', seriesIndex, dataIndex: i })
    },
    [panel, dataIndex] as const,
  )
  await page.waitForTimeout(600) // ECharts slides the tooltip into place (0.4 s)
  return page.evaluate((id) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(`[data-panel="${id}"] .echart div`)].filter(
      (d) => d.style.zIndex === '9999999' && d.style.display !== 'none' && d.style.opacity !== '0' && d.textContent,
    )
    const r = boxes[0]?.getBoundingClientRect()
    return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null
  }, panel)
}
