/**
 * Downloads carry their context, in Chinese and in English: the file names hold department, year, screen, panel,
 * drill path and unit (so a second download at another level or unit never overwrites the first); the CSV's first
 * lines hold title, department and year, screen, drill path, unit and source; the PNG is the chart with that caption
 * drawn under it (decoded here in Node: taller than the chart, ink in the caption rows).
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Download, Page } from 'playwright-core'
import { launch, open, SEED } from './browser'
import { darkPixels, decodePng } from './png'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const DEPT = '株洲市行政审批服务局'

async function page(hash: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  await open(p, hash)
  return p
}

async function save(p: Page, selector: string): Promise<Download> {
  const [d] = await Promise.all([p.waitForEvent('download'), p.click(selector)])
  return d
}

async function chartSize(p: Page, panel: string): Promise<{ width: number; height: number }> {
  await p.waitForFunction((id) => (document.querySelector(`[data-panel="${id}"] .echart`) as { __chart?: unknown } | null)?.__chart, panel)
  await p.waitForTimeout(500) // the chart's entry animation
  return p.evaluate((id) => {
    const c = (document.querySelector(`[data-panel="${id}"] .echart`) as unknown as { __chart: { getWidth(): number; getHeight(): number } }).__chart
    return { width: c.getWidth(), height: c.getHeight() }
  }, panel)
}

const LANGS = [
  { lang: 'zh', query: '', screen: '支出结构', unit: '万元', unitLine: '单位：万元', path: '科目：201', source: '来源：' },
  { lang: 'en', query: '&lang=en', screen: 'Spending-structure', unit: '10k-yuan', unitLine: 'Unit: 10k yuan', path: 'Classification: 201', source: 'Source: ' },
] as const

describe.each(LANGS)('exports in $lang', (l) => {
  it('the PNG is the chart with its title, department, year, unit and source under it', async () => {
    const p = await page(`/${SEED}/drill?path=201${l.query}`)
    const size = await chartSize(p, 'drill')
    const d = await save(p, '[data-panel="drill"] [data-action="png"]')
    const name = d.suggestedFilename()
    expect(name).toBe(`${DEPT}_2024_${l.screen}_drill_201_${l.unit}.png`)
    const img = decodePng(new Uint8Array(readFileSync((await d.path())!)))
    // the chart at pixel ratio 2, then the caption below it
    expect(img.width).toBe(size.width * 2)
    const chartBottom = size.height * 2
    expect(img.height).toBeGreaterThan(chartBottom + 5 * 24)
    expect(darkPixels(img, 0, chartBottom)).toBeGreaterThan(500) // the chart is drawn
    // five caption lines (title, department · year · screen, path, unit, source): a good deal of ink under the chart
    expect(darkPixels(img, chartBottom + 4, img.height)).toBeGreaterThan(3000)
    await p.close()
  })

  it('the CSV starts with its context and is named for department, year, screen, panel, path and unit', async () => {
    const p = await page(`/${SEED}/drill?path=201${l.query}`)
    const d = await save(p, '[data-panel="drillBar"] [data-action="csv"]')
    expect(d.suggestedFilename()).toBe(`${DEPT}_2024_${l.screen}_drillBar_201_${l.unit}.csv`)
    const lines = readFileSync((await d.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n')
    const title = (await p.textContent('#drillBar-title'))!
    // the title as the panel shows it (followed there by the unit note)
    const norm = (x: string) => JSON.stringify(x.replace(/\s+/g, ' ').trim())
    expect(norm(title).startsWith(norm(lines[0]!).slice(0, -1)), `${norm(title)} / ${norm(lines[0]!)}`).toBe(true)
    expect(lines[1]).toContain(DEPT)
    expect(lines[1]).toContain('2024')
    expect(lines[1]).toContain(l.screen.replace('-', ' '))
    expect(lines[2]).toBe(l.path)
    expect(lines[3]).toBe(l.unitLine)
    expect(lines[4]!.startsWith(l.source), lines[4]).toBe(true)
    // then the table: 20102 政协事务 is the sum of its two 项 rows the seed's 表03 prints, 161.28 + 737.89
    expect(lines.slice(5).join('\n')).toContain('899.17')
    await p.close()
  })
})

describe('file names follow the view', () => {
  it('another drill level or unit gives another name', async () => {
    const p = await page(`/${SEED}/drill`)
    const top = (await save(p, '[data-panel="drill"] [data-action="csv"]')).suggestedFilename()
    await p.close()
    const q = await page(`/${SEED}/drill?path=201.20103&unit=元`)
    const deep = (await save(q, '[data-panel="drill"] [data-action="csv"]')).suggestedFilename()
    await q.close()
    expect(top).toBe(`${DEPT}_2024_支出结构_drill_万元.csv`)
    expect(deep).toBe(`${DEPT}_2024_支出结构_drill_201.20103_元.csv`)
  })
})
