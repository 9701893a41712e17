/**
 * 全市汇总 over the bundled data (three real departments in two regions): one region at a time, and a region
 * holding one department that year says so and links to the import instead of drawing a one-bar ranking.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { parseManifest } from '@/model/manifest'
import { launch, open, SEED } from './browser'

const entries = parseManifest(readFileSync('data/manifest.csv', 'utf8')).entries

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('whole-city screen by region', () => {
  it('offers each region of the manifest; one department a year gives a notice with an import link, no ranking', async () => {
    const regions = [...new Set(entries.map((e) => e.region))]
    expect(regions.length).toBeGreaterThanOrEqual(2)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await open(page, `/${SEED}/portal`)
    await page.waitForSelector('[data-testid="portal-region"]')
    const options = await page.$$eval('[data-testid="portal-region"] option', (os) => os.map((o) => o.textContent ?? ''))
    expect(options).toHaveLength(regions.length)
    for (const r of regions) expect(options.some((o) => o.startsWith(r!))).toBe(true)

    const zhuzhou = entries.find((e) => e.id === SEED)!
    await page.selectOption('[data-testid="portal-region"]', zhuzhou.region!)
    await page.waitForURL(/region=/)
    await page.waitForSelector('[data-testid="portal-single"]')
    expect(await page.textContent('[data-testid="portal-single"]')).toContain(zhuzhou.department)
    expect(await page.$('[data-panel="portalRank"]')).toBeNull()
    expect(await page.textContent('.portal .hint')).toContain(zhuzhou.region!)
    await page.click('[data-testid="portal-import"]')
    await page.waitForURL(/\/import/)
    // the import screen is there: its file input, and no ranking
    expect(await page.waitForSelector('[data-testid="file-input"]', { state: 'attached' })).not.toBeNull()
    expect(await page.$('[data-panel="portalRank"]')).toBeNull()
    await page.close()
  })
})
