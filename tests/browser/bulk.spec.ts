/** A bulk (tidy) export through the real worker: preview, whole-city screen, kept in IndexedDB across a reload. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { syntheticBulk } from '@/cli/synthetic'
import { launch, open, SEED } from './browser'

let browser: Browser
let file: string
beforeAll(async () => {
  browser = await launch()
  const dir = mkdtempSync(join(tmpdir(), 'jskb-bulk-'))
  file = join(dir, 'province.csv')
  let text = ''
  for (const chunk of syntheticBulk({ departments: 30, years: 3, seed: 7 })) text += chunk
  writeFileSync(file, text)
})
afterAll(async () => {
  await browser?.close()
})

describe('bulk import', () => {
  it('imports through the worker, shows the whole city, and survives a reload', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await ctx.newPage()
    await open(page, `/${SEED}/import`)
    await page.setInputFiles('[data-testid="file-input"]', [file])
    await page.waitForSelector('[data-testid="import-add-bulk"]')
    expect(await page.textContent('[data-testid="import-preview"]')).toContain('province.csv')
    await page.click('[data-testid="import-add-bulk"]')
    await page.waitForURL(/\/portal/)
    await page.waitForSelector('[data-panel="portalRank"]')
    // the generator wrote 30 departments for 2022–2024; the screen shows the latest year
    const hint = /(^|\D)30 个部门 · 2024年$/
    expect((await page.textContent('.portal .hint'))?.trim()).toMatch(hint)
    await page.reload()
    await page.waitForSelector('[data-panel="portalRank"]')
    // the screen shows nothing until the stored bulk facts are back: no intermediate totals
    expect((await page.textContent('.portal .hint'))?.trim()).toMatch(hint)
    const drillTo = await page.getAttribute('[data-panel="portalDrill"] button[data-drill]', 'data-drill')
    expect(drillTo).toMatch(/^\d{3}$/)
    await page.click('[data-panel="portalDrill"] button[data-drill]')
    await page.waitForURL(/path=\d{3}/)
    expect(new URL(page.url()).hash).toContain(`path=${drillTo}`)
    await ctx.close()
  })
})
