/**
 * English is complete: every screen of the seed and of a Shanghai report, opened with lang=en, shows no Chinese
 * character outside an element marked lang="zh" (names, quotes and places as printed in the report). The audit
 * screen is checked with every finding expanded, the import screen with a preview of files full of problems, and the
 * other Shanghai report for the notice of a table it cannot read.
 * Text inside <noscript> is not checked: it is never shown while scripts run.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { SCREENS } from '@/router/viewState'
import { baseUrl, launch, SEED } from './browser'

const SHANGHAI = 'putuo-guihua-2024'
const FIXTURES = join(__dirname, '../fixtures/import')

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Open a screen in English and wait until the English messages are in and the screen has rendered. */
async function openEnglish(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${baseUrl()}#${hash}${hash.includes('?') ? '&' : '?'}lang=en`)
  await page.waitForSelector('main[data-state="ready"]', { timeout: 20_000 })
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('header')?.textContent?.includes('Final Accounts Dashboard'))
  await page.waitForFunction(() => (document.querySelector('main')?.children.length ?? 0) > 1, undefined, { timeout: 20_000 })
  await page.waitForTimeout(400) // lazy screen components and their charts
  return { page, errors }
}

/** Every text node with a Chinese character that no ancestor marks as Chinese, with where it stands. */
async function offenders(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)))
  return page.evaluate(() => {
    const out: string[] = []
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement
      if (!el || el.closest('[lang|="zh"], noscript, script, style')) continue
      const text = n.textContent ?? ''
      if (/\p{Script=Han}/u.test(text)) {
        const where = [el.tagName.toLowerCase(), el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''].join('')
        out.push(`${where}: ${text.trim().slice(0, 120)}`)
      }
    }
    return out
  })
}

describe('English shows no app-written Chinese', () => {
  for (const ds of [SEED, SHANGHAI]) {
    for (const screen of SCREENS) {
      it(`${ds} ${screen}`, async () => {
        const { page, errors } = await openEnglish(`/${ds}/${screen}`)
        if (screen === 'audit') await page.waitForSelector('.findings [data-finding]')
        const bad = await offenders(page)
        await page.close()
        expect(errors).toEqual([])
        expect(bad).toEqual([])
      })
    }
  }

  // the other Shanghai report: one of its tables cannot be read as printed (a notice on every screen, an IMPORT finding)
  for (const screen of ['overview', 'audit'] as const) {
    it(`putuo-wenlv-2025 ${screen}: the unreadable table's notice and finding`, async () => {
      const { page, errors } = await openEnglish(`/putuo-wenlv-2025/${screen}`)
      await page.waitForSelector('[data-testid="unusable-tables"]')
      const bad = await offenders(page)
      await page.close()
      expect(errors).toEqual([])
      expect(bad).toEqual([])
    })
  }

  // presentation mode (大屏): every slide of the seed
  for (const slide of [1, 2, 3, 4]) {
    it(`${SEED} presentation slide ${slide}`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${baseUrl()}#/${SEED}/overview?present=1&slide=${slide}&lang=en`)
      await page.waitForSelector('main[data-testid="present"][data-state="ready"]', { timeout: 20_000 })
      await page.waitForFunction(() => /[A-Za-z]/.test(document.querySelector('[data-testid="present-next"]')?.getAttribute('aria-label') ?? ''))
      await page.waitForTimeout(600)
      const bad = await offenders(page)
      await page.close()
      expect(errors).toEqual([])
      expect(bad).toEqual([])
    })
  }

  it('the import preview of files with problems', async () => {
    const { page, errors } = await openEnglish(`/${SEED}/import`)
    const files = ['bad-amounts.csv', 'short-long-rows.csv', 'unclosed-quote.csv', 'stated.csv', 'header-only.csv', 'markup-names.csv']
    await page.setInputFiles('input[type="file"]:not([webkitdirectory])', [
      ...files.map((name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, name)) })),
      { name: '一张表.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
    ])
    await page.waitForSelector('[data-testid="import-problems"] li')
    expect(await page.$$eval('[data-testid="import-problems"] li', (l) => l.length)).toBeGreaterThanOrEqual(6)
    const bad = await offenders(page)
    await page.close()
    expect(errors).toEqual([])
    expect(bad).toEqual([])
  })
})
