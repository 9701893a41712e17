/** Debian's Chromium through playwright-core: never a browser download. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true })
}

export function baseUrl(): string {
  return inject('baseUrl')
}

/** Open a hash route of the app and wait until the screen's data is ready. */
export async function open(page: Page, hash: string): Promise<void> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${baseUrl()}#${hash}`)
  await page.waitForSelector('main[data-state="ready"]', { timeout: 40_000 })
  // the screen itself is a lazily loaded component: wait until it rendered its first block
  await page.waitForSelector('main .kpis, main .panel, main .import, main .drill, main .briefing, main p.status', { timeout: 40_000 })
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
}

export const SEED = 'zhuzhou-xzsp-2024'

/** A panel's table: header labels and body rows as text. */
export async function tableOf(page: Page, panel: string): Promise<{ head: string[]; rows: string[][] }> {
  return page.$eval(`[data-panel="${panel}"] table`, (table) => ({
    head: [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
    // a cell's own text: the findings shown inline on a row ([data-row-findings]) are not part of the figure
    rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => {
        const own = td.cloneNode(true) as Element
        own.querySelectorAll('[data-row-findings]').forEach((x) => x.remove())
        return own.textContent?.trim() ?? ''
      }),
    ),
  }))
}

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's serious and critical violations on the page as it is now, as "rule (nodes)"; injects axe once a page. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({
      resultTypes: ['violations'],
    })
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`)
  })
}
