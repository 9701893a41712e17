/** Every screen by deep link, key figures against the seed, table toggle, CSV download, language switch, axe. */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, open, SEED, seriousViolations } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function page(hash: string, width = 1280): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true })
  await open(p, hash)
  return p
}

const SCREENS: [string, string[]][] = [
  ['overview', ['1,489.93 万元', '−381.72 万元', '642.17 万元', '847.76 万元', '536.59', '105.58 万元', '83.56%']],
  ['drill', ['1,311.99', '78.99', '57.55', '41.39']],
  ['yoy', ['1,871.65 万元', '1,489.93 万元', '−381.72 万元']],
  ['reform', ['25 人', '104.75', '44.11', '36.41', '市数据局']],
  ['budget', ['1,755.88 万元', '84.85%', '1,535.92 万元', '97.01%', '111.84%']],
  ['procurement', ['119.60 万元', '118.97 万元', '11.02 万元', '97.47%', '99.47%']],
  ['threePublic', ['4.03 万元', '5.50 万元', '−6.97 万元', '45']],
  ['performance', ['99.7', '847.76 万元', '90.99', '优秀']],
]

describe('deep links', () => {
  for (const [screen, figures] of SCREENS) {
    it(`${screen} shows its key figures`, async () => {
      const p = await page(`/${SEED}/${screen}`)
      await p.waitForSelector('.panel, .kpis')
      const text = (await p.textContent('main')) ?? ''
      for (const f of figures) expect(text, `${screen}: ${f}`).toContain(f)
      await p.close()
    })
  }
})

describe('a report without reform figures', () => {
  it('the reform screen says the report has none; the yoy screen has no moved-out step', async () => {
    const p = await page('/putuo-guihua-2024/reform')
    expect(await p.textContent('[data-testid="reform-absent"]')).toContain('本报告没有机构改革划转的数据')
    expect(await p.$('[data-panel="reformFlow"]')).toBeNull()
    await p.close()
    const y = await page('/putuo-guihua-2024/yoy')
    expect((await y.textContent('main')) ?? '').not.toContain('机构改革划出')
    await y.close()
  })
})

describe('panels', () => {
  it('toggles chart ↔ table and keeps it in the URL', async () => {
    const p = await page(`/${SEED}/overview`)
    await p.click('[data-panel="income"] [data-action="toggle"]')
    await p.waitForURL(/tables=income/)
    expect(await p.textContent('[data-panel="income"] table')).toContain('1,489.93')
    await p.reload()
    await p.waitForSelector('[data-panel="income"] table')
    expect(p.url()).toContain('tables=income')
    expect(await p.textContent('[data-panel="income"] table')).toContain('1,489.93')
    await p.close()
  })

  it('downloads the CSV of exactly what the panel shows', async () => {
    const p = await page(`/${SEED}/procurement`)
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-panel="procShares"] [data-action="csv"]')])
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toContain('118.97,119.60,97.47,99.47')
    await p.close()
  })

  it('switches unit and language through the URL', async () => {
    const p = await page(`/${SEED}/overview?unit=元&lang=en`)
    expect(await p.textContent('[data-testid="kpi-income"] .kpi-value')).toBe('14,899,300.00 yuan')
    expect(await p.getAttribute('html', 'lang')).toBe('en')
    await p.click('[data-testid="lang-toggle"]')
    await p.waitForURL((u) => !u.hash.includes('lang=en'))
    expect(await p.textContent('[data-testid="kpi-income"] .kpi-label')).toBe('本年收入合计')
    await p.close()
  })

  it('turns chart patterns (decals) on for every chart through the URL', async () => {
    const p = await page(`/${SEED}/overview`)
    const chart = p.locator('[data-panel="income"] canvas').first()
    await chart.waitFor()
    await p.waitForTimeout(1500) // let the entry animation finish
    const plain = await chart.screenshot()
    await p.click('[data-testid="decal-toggle"]')
    await p.waitForURL(/decal=1/)
    expect(await p.getAttribute('[data-testid="decal-toggle"]', 'aria-pressed')).toBe('true')
    await p.waitForTimeout(1500)
    const patterned = await chart.screenshot()
    // the chart itself is drawn differently, not only the toggle's state
    expect(patterned.equals(plain)).toBe(false)
    await p.click('[data-testid="decal-toggle"]')
    await p.waitForURL((u) => !u.hash.includes('decal=1'))
    await p.waitForTimeout(1500)
    expect((await chart.screenshot()).equals(plain)).toBe(true)
    await p.close()
  })

  it('embed mode drops the navigation chrome', async () => {
    const p = await page(`/${SEED}/overview?embed=1`)
    expect(await p.$('.app-header')).toBeNull()
    expect(await p.textContent('main')).toContain('1,489.93 万元')
    await p.close()
  })
})

describe('accessibility and phones', () => {
  for (const screen of ['overview', 'drill', 'budget', 'procurement', 'threePublic', 'performance', 'reform', 'yoy', 'import']) {
    it(`${screen}: no serious or critical axe violation, no horizontal scroll at 390 px`, async () => {
      const p = await page(`/${SEED}/${screen}`, 390)
      await p.waitForTimeout(300)
      const violations = await seriousViolations(p)
      expect(violations).toEqual([])
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await p.close()
    })
  }
})
