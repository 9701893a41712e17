/**
 * The first paint (issue 10, part 1): before the app's code arrives, index.html's boot shell already shows the
 * heading the screen will show (src/boot/shell.ts). The app chunk is held back until the shell was read, then the
 * app's own heading must say exactly the same, in Chinese and in English, so the reader never sees it change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page, Route } from 'playwright-core'
import { baseUrl, launch, open, SEED } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Open `hash` with the app chunk held back: the boot heading (visible or not, its text and lang="zh" runs), and a reader of the app's. */
async function bootThenApp(page: Page, hash: string) {
  let release!: () => void
  const held = new Promise<void>((r) => (release = r))
  let seen = false
  await page.route(/\/assets\/app-[^/]+\.js$/, async (route: Route) => {
    seen = true
    await held
    await route.continue()
  })
  await page.goto(`${baseUrl()}#${hash}`)
  await page.waitForFunction(() => document.querySelector('#boot-heading') !== null)
  // the entry paints first, then asks for the app: by then the shell is final
  await expect.poll(() => seen, { timeout: 10_000 }).toBe(true)
  const boot = await page.$eval('#boot-heading', (h) => ({
    shown: !(h as HTMLElement).hidden,
    text: h.textContent ?? '',
    zh: [...h.querySelectorAll('[lang="zh"]')].map((s) => s.textContent),
    // the loading line appears with the heading, never before it (it would be pushed down)
    status: !(document.getElementById('boot-status') as HTMLElement).hidden,
  }))
  release()
  const app = async () => {
    await page.waitForSelector('main[data-state="ready"] h1', { timeout: 40_000 })
    return page.$eval('main h1', (h) => ({ text: h.textContent ?? '', zh: [...h.querySelectorAll('[lang="zh"]')].map((s) => s.textContent) }))
  }
  return { boot, app }
}

describe('the boot shell paints the heading before the app loads', () => {
  for (const [hash, lang] of [
    [`/${SEED}/overview`, 'zh'],
    ['/putuo-wenlv-2025/budget?lang=en', 'en'],
    ['/putuo-guihua-2024/drill', 'zh'],
    [`/${SEED}/portal`, 'zh'],
  ] as const) {
    it(`${hash}: the same heading before and after`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      const { boot, app: read } = await bootThenApp(page, hash)
      const app = await read()
      expect(boot.shown).toBe(true)
      expect(boot.status).toBe(true)
      expect(boot.text.trim()).not.toBe('')
      expect(boot.text).toBe(app.text)
      // in English the department's name, printed in Chinese, is marked as the app marks it
      expect(boot.zh).toEqual(app.zh)
      if (lang === 'en') expect(boot.zh.length).toBe(1)
      await page.close()
    })
  }

  it('presentation mode draws its own title: the shell shows no heading there', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    const { boot } = await bootThenApp(page, `/${SEED}/overview?present=1`)
    expect(boot.shown).toBe(false)
    expect(boot.status).toBe(true)
    await page.close()
  })
})

describe('a bundled dataset loads as the build read it', () => {
  /** the overview's expenditure total, and the paths the page requested */
  async function overview(page: Page) {
    const paths: string[] = []
    page.on('request', (r) => paths.push(decodeURIComponent(new URL(r.url()).pathname)))
    await open(page, `/${SEED}/overview`)
    await page.waitForSelector('[data-testid="findings-badge"]')
    return {
      total: await page.textContent('[data-testid="kpi-expenditure"] .kpi-value'),
      badge: await page.innerText('[data-testid="findings-badge"]'),
      findings: await findings(page),
      paths,
    }
  }
  /** every finding on 数据核对, as written, reached from the overview as a reader would */
  async function findings(page: Page): Promise<string[]> {
    await page.click('[data-testid="findings-badge"]')
    await page.waitForSelector('main[data-screen="audit"] [data-finding]', { timeout: 20_000 })
    return page.$$eval('[data-finding]', (li) => li.map((x) => (x as HTMLElement).innerText))
  }

  it('one JSON file, none of its CSVs, no importer or audit worker; without that file, its CSVs give the same figures and findings', async () => {
    const page = await browser.newPage()
    const fast = await overview(page)
    expect(fast.paths.filter((p) => p.endsWith(`/data/${SEED}/read.json`))).toHaveLength(1)
    expect(fast.paths.filter((p) => p.includes(`/data/${SEED}/`) && p.endsWith('.csv'))).toEqual([])
    expect(fast.paths.some((p) => p.includes('tables.worker'))).toBe(false)
    // the build's audit of the report (build/snapshot.ts) stands in for the audit worker's
    expect(fast.paths.some((p) => p.includes('audit.worker'))).toBe(false)
    await page.close()

    const slow = await browser.newPage()
    await slow.route(/\/read\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }))
    const read = await overview(slow)
    expect(read.paths.filter((p) => p.includes(`/data/${SEED}/`) && p.endsWith('.csv')).length).toBeGreaterThan(5)
    expect(read.paths.some((p) => p.includes('audit.worker'))).toBe(true)
    expect(read.total).toBe(fast.total)
    expect(fast.total).toMatch(/^[\d,]+\.\d{2} 万元$/)
    expect(read.badge).toBe(fast.badge)
    expect(fast.badge).toMatch(/\d/)
    expect(read.findings).toEqual(fast.findings)
    expect(fast.findings.length).toBeGreaterThan(0)
    await slow.close()
  })
})


describe('the app’s code is requested at once, after the first paint', () => {
  it('every file index.html lists for the app and the route’s screen exists and is requested before the app starts', async () => {
    const html = await (await fetch(baseUrl())).text()
    const listed = (re: RegExp) => (re.exec(html)?.[1] ?? '').split(' ').filter(Boolean).map((f) => f.replace(/^\.\//, '/'))
    const app = listed(/<meta name="app-code" content="([^"]*)"/)
    const screen = listed(/<meta name="screen-code" data-screen="budget" content="([^"]*)"/)
    expect(app.length).toBeGreaterThan(5)
    expect(screen.some((f) => f.includes('BudgetView'))).toBe(true)
    expect(app.some((f) => f.includes('EChart'))).toBe(false)

    const page = await browser.newPage()
    const requested: string[] = []
    const failed: string[] = []
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    page.on('requestfailed', (r) => failed.push(r.url()))
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`) })
    // the app's own chunk is held back: everything listed is asked for by the entry, not found through imports
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const appChunk = app.find((f) => /\/app-[^/]*\.js$/.test(f))!
    await page.route((u) => u.pathname === appChunk, async (route: Route) => { await held; await route.continue() })
    await page.goto(`${baseUrl()}#/${SEED}/budget`)
    await expect.poll(() => [...app, ...screen].filter((f) => !requested.includes(f)), { timeout: 20_000 }).toEqual([])
    release()
    await page.waitForSelector('main[data-state="ready"] .panel', { timeout: 40_000 })
    expect(failed).toEqual([])
    await page.close()
  })
})
