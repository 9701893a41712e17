/**
 * Stored imports across a real upgrade. The release before the storage-migration change (release.ts: built
 * from git history) is served on one origin; through its own import screen a user adds one department-year's
 * tables and a bulk file, and they are stored. Then the same origin serves this build: after a reload the new
 * UI lists both, the department-year opens with the total its CSV prints, and the bulk file's departments are
 * ranked under 全市汇总. Same Chromium profile throughout, as a visitor's browser would be.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { syntheticBulk } from '@/cli/synthetic'
import { launch, SEED, tableOf } from './browser'
import { RELEASE, releaseBuild, serveStatic, type Static } from './release'

/** This build: what global-setup serves (DIST, else dist/). */
const DIST = process.env.DIST ?? 'dist'
/** One department's real tables, imported under another name so they are a dataset of their own. */
const TABLES = 'data/zhuzhou-xzsp-2024'
const DEPARTMENT = '升级测试局'

/** What the expenditure table prints as its 合计 of 本年支出合计, with the unit it names. */
function printedTotal(): string {
  const file = readdirSync(TABLES).find((f) => f.includes('支出决算表') && !f.includes('财政拨款'))!
  const rows = Papa.parse<string[]>(readFileSync(join(TABLES, file), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
  const unit = rows.flat().map((c) => /单位：\s*(\S+)/.exec(c)?.[1]).find(Boolean)
  const header = rows.find((r) => r.includes('本年支出合计'))!
  const total = rows.find((r) => r[0]?.trim() === '合计')!
  return `${total[header.indexOf('本年支出合计')]} ${unit}`
}

/** A small bulk file (the generator bulk.spec uses) and what it holds: rows, the last year, its departments then. */
function bulkFile(): { file: string; rows: number; year: number; departments: string[] } {
  let text = ''
  for (const chunk of syntheticBulk({ departments: 4, years: 2, seed: 11 })) text += chunk
  const file = join(mkdtempSync(join(tmpdir(), 'jskb-release-')), 'city.csv')
  writeFileSync(file, text)
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
  const year = Math.max(...rows.map((r) => Number(r.year)))
  return { file, rows: rows.length, year, departments: [...new Set(rows.filter((r) => Number(r.year) === year).map((r) => r.department!))] }
}

let browser: Browser
let oldDist: string
beforeAll(async () => {
  oldDist = await releaseBuild() // ~40 s the first time, then reused
  browser = await launch()
}, 600_000)
afterAll(async () => {
  await browser?.close()
})

/** Go to a hash route on `origin` and wait until the screen rendered its first block (either build). */
async function show(page: Page, origin: string, hash: string): Promise<void> {
  await page.goto(`${origin}/#${hash}`)
  await page.waitForSelector('main[data-state="ready"]', { timeout: 40_000 })
  await page.waitForSelector('main .kpis, main .panel, main .import, main .drill, main p.status', { timeout: 40_000 })
}

describe(`stored imports from release ${RELEASE}`, () => {
  it('a department-year and a bulk file stored by the release before are there after the upgrade', async () => {
    const files = readdirSync(TABLES).filter((f) => f.endsWith('.csv')).map((f) => join(TABLES, f))
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0)
    const total = printedTotal()
    const bulk = bulkFile()
    const errors: string[] = []
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await ctx.newPage()
    page.on('pageerror', (e) => errors.push(e.message))

    // the release before: import through its own screen, as a user would
    let server: Static = await serveStatic(oldDist)
    const { origin, port } = server
    let id: string
    try {
      await show(page, origin, `/${SEED}/import`)
      expect(await page.$('[data-testid="stored-imports"]'), 'the release’s import screen (it has no stored-imports block)').toBeNull()
      await page.setInputFiles('[data-testid="file-input"]', files)
      await page.waitForSelector('[data-testid="import-preview"]')
      await page.fill('[data-testid="import-department"]', DEPARTMENT)
      await page.fill('[data-testid="import-year"]', String(bulk.year))
      await page.click('[data-testid="import-add"]')
      await page.waitForURL(/\/overview/)
      id = decodeURIComponent(new URL(page.url()).hash.split('/')[1]!)
      await expect.poll(() => page.textContent('[data-testid="kpi-expenditure"] .kpi-value'), { timeout: 40_000 }).toBe(total)

      await show(page, origin, `/${SEED}/import`)
      await page.setInputFiles('[data-testid="file-input"]', [bulk.file])
      await page.waitForSelector('[data-testid="import-add-bulk"]')
      expect(await page.textContent('.import form.confirm')).toContain(`识别出 ${bulk.rows} 条数据`)
      await page.click('[data-testid="import-add-bulk"]')
      await page.waitForURL(/\/portal/)

      // stored: a fresh load of the release lists both from IndexedDB
      await show(page, origin, `/${SEED}/import`)
      await page.reload()
      await page.waitForSelector(`[data-stored="${id}"]`)
      await page.waitForSelector('[data-stored="bulk"]')
    } finally {
      await server.close()
    }
    expect(errors).toEqual([])

    // this build on the same origin (same port), the same browser profile: reload
    server = await serveStatic(DIST, port)
    try {
      expect(server.origin).toBe(origin)
      await page.reload()
      await page.waitForSelector('main[data-state="ready"]', { timeout: 40_000 })
      await page.waitForSelector('[data-testid="stored-imports"]') // this build's import screen
      await page.waitForSelector(`[data-stored="${id}"]`)
      expect(Number(await page.getAttribute(`[data-stored="${id}"]`, 'data-bytes'))).toBe(bytes)
      expect(await page.textContent(`[data-stored="${id}"]`)).toContain(`${DEPARTMENT} ${bulk.year}（${files.length} `)
      await page.waitForSelector('[data-stored="bulk"]')
      expect(await page.textContent('[data-stored="bulk"]')).toContain(`批量数据 ${bulk.rows} 条（city.csv）`)
      // the stored department-years are read again in the worker after the screen's own data has drawn
      await expect.poll(() => page.textContent('[data-testid="dataset-picker"]'), { timeout: 20_000 }).toContain(`${DEPARTMENT} ${bulk.year}`)

      await show(page, origin, `/${id}/overview`)
      await expect.poll(() => page.textContent('[data-testid="kpi-expenditure"] .kpi-value'), { timeout: 40_000 }).toBe(total)

      // 全市汇总: the bulk departments of the last year, joined by the stored department-year (it names no region)
      await show(page, origin, `/${id}/portal?tables=portalRank`)
      const n = bulk.departments.length + 1
      await expect.poll(async () => (await page.textContent('.portal .hint'))?.trim(), { timeout: 40_000 }).toMatch(new RegExp(`(^|\\D)${n} 个部门 · ${bulk.year}年$`))
      await page.waitForSelector('[data-panel="portalRank"] table')
      const ranked = (await tableOf(page, 'portalRank')).rows
      for (const name of [...bulk.departments, DEPARTMENT]) expect(ranked.some((r) => r.includes(name)), name).toBe(true)
      expect(ranked.find((r) => r.includes(DEPARTMENT))?.join(' ')).toContain(total.split(' ')[0])
      expect(errors).toEqual([])
    } finally {
      await server.close()
      await ctx.close()
    }
  }, 240_000)
})
