/**
 * Stored imports across releases and out of the browser, in real Chromium IndexedDB: a database written as
 * the release before this change wrote it (v3) — and as v2 did — is found by the app; export → delete all →
 * restore gives back every record; a file that is not a backup is refused and nothing changes; the import
 * screen says whether the browser agreed to keep the data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { FactColumns } from '@/model/facts'
import { baseUrl, launch, open, SEED } from './browser'
import { legacyColumns, legacyDatasets, type LegacyDataset } from '../unit/persist/legacy'

type Plain = { typed: string; values: number[] } | { json: unknown } | { object: Record<string, Plain> }
interface Legacy {
  version: 2 | 3
  datasets: { id: string; department: string; year: number; importedAt: string; files: { name: string; bytes: number[] }[] }[]
  columns: Record<string, Plain>
}

/** Values page.evaluate can carry: typed arrays as their name and numbers. */
function plain(v: unknown): Plain {
  if (ArrayBuffer.isView(v)) return { typed: v.constructor.name, values: Array.from(v as unknown as ArrayLike<number>) }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return { object: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) }
  return { json: v }
}

/** Runs in the page: create the database as release v2 or v3 did, with raw IndexedDB calls, and fill it. */
function writeLegacyInPage(legacy: Legacy): Promise<void> {
  const back = (p: Plain): unknown => {
    if ('typed' in p) return new (globalThis as unknown as Record<string, new (a: number[]) => unknown>)[p.typed]!(p.values)
    if ('object' in p) return Object.fromEntries(Object.entries(p.object).map(([k, x]) => [k, back(x)]))
    return p.json
  }
  const columns = Object.fromEntries(Object.entries(legacy.columns).map(([k, x]) => [k, back(x)]))
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('juesuan-kanban', legacy.version)
    req.onupgradeneeded = () => {
      req.result.createObjectStore('datasets', { keyPath: 'id' })
      req.result.createObjectStore('bulk', { keyPath: 'id' })
      if (legacy.version === 3) req.result.createObjectStore('bulkColumns', { keyPath: 'key' })
    }
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const db = req.result
      const tx = db.transaction([...db.objectStoreNames], 'readwrite')
      for (const d of legacy.datasets) {
        tx.objectStore('datasets').put({ ...d, files: d.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes).buffer })) })
      }
      const meta = { id: 'bulk', importedAt: '2026-11-03T10:00:00.000Z', files: ['city.csv'] }
      if (legacy.version === 2) tx.objectStore('bulk').put({ ...meta, columns })
      else {
        for (const [key, value] of Object.entries(columns)) tx.objectStore('bulkColumns').put({ key, value })
        tx.objectStore('bulk').put({ ...meta, keys: Object.keys(columns) })
      }
      tx.oncomplete = () => {
        db.close()
        resolve()
      }
      tx.onabort = () => reject(tx.error)
    }
  })
}

let browser: Browser
let datasets: LegacyDataset[]
let columns: FactColumns
beforeAll(async () => {
  browser = await launch()
  datasets = legacyDatasets()
  columns = legacyColumns()
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh origin whose database was written by an earlier release, before the app ever ran there. */
async function seeded(version: 2 | 3): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await ctx.newPage()
  const blank = `${new URL(baseUrl()).origin}/__blank.html`
  await page.route(blank, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }))
  await page.goto(blank)
  const legacy: Legacy = {
    version,
    datasets: datasets.map((d) => ({ ...d, files: d.files.map((f) => ({ name: f.name, bytes: [...new Uint8Array(f.bytes)] })) })),
    columns: Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, plain(v)])),
  }
  await page.evaluate(writeLegacyInPage, legacy)
  return { ctx, page }
}

/** What the import screen lists as stored: id → bytes shown. */
async function listed(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-stored]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-stored'), Number(e.getAttribute('data-bytes'))])))
}

const expected = () => Object.fromEntries(datasets.map((d) => [d.id, d.files.reduce((n, f) => n + f.bytes.byteLength, 0)]))

async function expectAllBack(page: Page): Promise<void> {
  await page.waitForSelector('[data-stored="bulk"]')
  const shown = await listed(page)
  const { bulk, ...rest } = shown
  expect(rest).toEqual(expected())
  expect(bulk).toBeGreaterThan(32 * columns.length)
  expect(await page.textContent('[data-stored="bulk"]')).toContain(`批量数据 ${columns.length} 条（city.csv）`)
  // the stored department-years are read again in the worker after the screen's own data has drawn
  await expect.poll(() => page.textContent('[data-testid="dataset-picker"]'), { timeout: 20_000 }).toContain('某省测试厅 2023')
}

describe('stored imports in Chromium', () => {
  for (const version of [3, 2] as const) {
    it(`a v${version} database written before the app opens it: every record is found`, async () => {
      const { ctx, page } = await seeded(version)
      await open(page, `/${SEED}/import`)
      await expectAllBack(page)
      await open(page, '/d2xyz-2023/overview')
      await expect.poll(() => page.textContent('[data-testid="kpi-expenditure"] .kpi-value')).toBe('1,489.93 万元')
      await open(page, `/${SEED}/portal`)
      await page.waitForSelector('[data-panel="portalRank"]')
      // the bulk facts (6 departments × 2 years) with the stored nine-table import of the same year, which has no
      // region and so joins the bulk group (docs/DATA.md): 7 departments ranked
      expect(await page.textContent('[data-panel="portalRank"]')).toContain('部门排名（共 7 个）')
      expect(await page.textContent('[data-panel="portalRank"]')).toContain('14 个部门年度') // the 12 bulk department-years and the 2 stored nine-table imports
      await ctx.close()
    })
  }

  it('export → delete all → restore gives back every record, kept across a reload; a CSV is refused', async () => {
    const { ctx, page } = await seeded(3)
    await open(page, `/${SEED}/import`)
    await expectAllBack(page)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-all"]')])
    expect(download.suggestedFilename()).toMatch(/\.jskb$/)
    const file = await download.path()

    await page.click('[data-testid="remove-all"]')
    await page.click('[data-testid="remove-all-confirm"]')
    await expect.poll(() => page.$$('[data-stored]').then((l) => l.length)).toBe(0)
    await page.reload()
    await page.waitForSelector('[data-testid="stored-imports"]')
    expect(await page.$$('[data-stored]')).toHaveLength(0)
    expect(await page.textContent('[data-testid="dataset-picker"]')).not.toContain('某省测试厅')

    await page.setInputFiles('[data-testid="restore-input"]', [file])
    await page.waitForSelector('[data-testid="storage-message"][data-kind="ok"]')
    await expectAllBack(page)
    await page.reload()
    await page.waitForSelector('[data-testid="stored-imports"]')
    await expectAllBack(page)

    await page.setInputFiles('[data-testid="restore-input"]', ['tests/fixtures/import/zz-03-expenditure.csv'])
    await page.waitForSelector('[data-testid="storage-message"][data-kind="error"]')
    expect(await page.textContent('[data-testid="storage-message"]')).toContain('不是决算看板的备份文件')
    await page.reload()
    await page.waitForSelector('[data-testid="stored-imports"]')
    await expectAllBack(page)
    await ctx.close()
  })

  it('says whether the browser agreed to keep the data', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await open(page, `/${SEED}/import`)
    const state = await page.waitForSelector('[data-testid="persistence"]')
    expect(await state.getAttribute('data-persisted')).toBe('notGranted')
    expect(await page.textContent('[data-testid="persistence"]')).toContain('浏览器尚未同意持久保存')
    // grant it as a browser would for an installed or bookmarked site, then ask
    const cdp = await ctx.newCDPSession(page)
    const { targetInfo } = await cdp.send('Target.getTargetInfo')
    await cdp.send('Browser.grantPermissions', { origin: new URL(baseUrl()).origin, permissions: ['durableStorage'], browserContextId: targetInfo.browserContextId })
    await page.click('[data-testid="persistence"] button')
    await page.waitForSelector('[data-testid="persistence"][data-persisted="granted"]')
    expect(await page.textContent('[data-testid="persistence"]')).toContain('浏览器已同意持久保存')
    expect(await page.textContent('[data-testid="storage-usage"]')).toMatch(/已用 .+，上限约 .+/)
    await ctx.close()
  })
})
