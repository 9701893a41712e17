/**
 * Browser import through the real file input, real worker and real IndexedDB in Chromium:
 * GBK export survives a reload; markup in names stays text; missing or full storage gives a notice with
 * nothing lost; a cancelled import leaves no trace.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl, launch, open, SEED } from './browser'

const FIX = 'tests/fixtures/import'

/** A valid expenditure-table export of `rows` 项 rows (written to a temp folder). */
function bigExport(rows: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'jskb-'))
  const file = join(dir, 'big-expenditure.csv')
  const lines = ['支出决算表', '单位：万元', '科目代码,科目名称,本年支出合计,基本支出,项目支出']
  // names that do not compress: Chromium compresses IndexedDB values, and a quota test needs real bytes
  let x = 2463534242
  const noise = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0).toString(36))
  for (let i = 0; i < rows; i++) lines.push(`2010201,行政运行${noise()}${noise()},1.00,1.00,`)
  writeFileSync(file, lines.join('\n'))
  return file
}
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function importFiles(page: Page, files: string[], department: string, year: number): Promise<void> {
  await open(page, `/${SEED}/import`)
  await page.setInputFiles('[data-testid="file-input"]', files)
  await page.waitForSelector('[data-testid="import-preview"]')
  await page.fill('[data-testid="import-department"]', department)
  await page.fill('[data-testid="import-year"]', String(year))
  await page.click('[data-testid="import-add"]')
  await page.waitForURL(/\/overview/)
  await page.waitForSelector('main[data-state="ready"]')
}

async function freshContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 } })
}

describe('import in the browser', () => {
  it('imports a GBK, tab-delimited export of another province through the file input and keeps it across a reload', async () => {
    const ctx = await freshContext()
    const page = await ctx.newPage()
    await open(page, `/${SEED}/import`)
    await page.setInputFiles('[data-testid="file-input"]', [`${FIX}/other-03-expenditure-gbk-tab.csv`])
    await page.waitForSelector('[data-testid="import-preview"]')
    const preview = (await page.textContent('[data-testid="import-preview"]')) ?? ''
    expect(preview).toContain('支出决算表')
    expect(preview).toContain('gb18030')
    await page.fill('[data-testid="import-department"]', '某省测试厅')
    await page.fill('[data-testid="import-year"]', '2024')
    await page.click('[data-testid="import-add"]')
    await page.waitForURL(/\/overview/)
    await expect.poll(() => page.textContent('[data-testid="kpi-expenditure"] .kpi-value')).toBe('1,489.93 万元')
    const url = page.url()
    await page.reload()
    await page.waitForSelector('main[data-state="ready"]')
    expect(page.url()).toBe(url)
    expect(await page.textContent('[data-testid="kpi-expenditure"] .kpi-value')).toBe('1,489.93 万元')
    expect(await page.textContent('[data-testid="dataset-picker"]')).toContain('某省测试厅 2024')
    await ctx.close()
  })

  it('shows markup in names as text: nothing runs, nothing is inserted', async () => {
    const ctx = await freshContext()
    const page = await ctx.newPage()
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await importFiles(page, [`${FIX}/markup-names.csv`], '标记测试', 2024)
    const id = new URL(page.url()).hash.split('/')[1]
    await page.goto(`${baseUrl()}#/${id}/drill?path=201.20102&tables=drill`)
    await page.waitForSelector('[data-panel="drill"] table')
    expect(await page.textContent('[data-panel="drill"] table')).toContain('<img src=x onerror=alert(1)>行政运行')
    await page.goto(`${baseUrl()}#/${id}/drill?path=201.20102`)
    await page.waitForSelector('[data-panel="drill"] canvas')
    const box = await page.locator('[data-panel="drill"] canvas').first().boundingBox()
    expect(box).not.toBeNull()
    // hover over the chart until the tooltip of the markup-named item shows: it must show the markup as text
    let tip = ''
    for (const fy of [0.5, 0.25, 0.75]) {
      for (const fx of [0.92, 0.97, 0.85, 0.5, 0.08]) {
        if (tip.includes('行政运行')) break
        await page.mouse.move(box!.x + box!.width * fx, box!.y + box!.height * fy)
        await page.waitForTimeout(200)
        tip = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-panel="drill"] div')]
          .filter((d) => d.style.position === 'absolute' && d.style.display !== 'none' && d.style.opacity !== '0')
          .map((d) => d.textContent ?? '').find((t) => t.includes('行政运行')) ?? '')
      }
    }
    expect(tip).toContain('<img src=x onerror=alert(1)>行政运行')
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0)
    expect(dialogs).toBe(0)
    await ctx.close()
  })

  it('without IndexedDB: a clear notice, the data still usable in memory', async () => {
    const ctx = await freshContext()
    await ctx.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }))
    const page = await ctx.newPage()
    await importFiles(page, [`${FIX}/other-03-expenditure-utf8-comma.csv`], '无存储测试', 2024)
    expect(await page.textContent('[data-testid="storage-notice"]')).toContain('存储不可用')
    expect(await page.textContent('[data-testid="kpi-expenditure"] .kpi-value')).toBe('1,489.93 万元')
    await ctx.close()
  })

  it('with storage full: the new import stays in memory with a notice; earlier imports are intact after reload', async () => {
    const ctx = await freshContext()
    const page = await ctx.newPage()
    await open(page, `/${SEED}/overview`)
    // Real quota: 200 kB for this origin — room for a small import, not for a 20,000-row one.
    const cdp = await ctx.newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl()).origin, quotaSize: 200_000 })
    await importFiles(page, [`${FIX}/other-03-expenditure-utf8-comma.csv`], '先前导入', 2023)
    await importFiles(page, [bigExport(20_000)], '空间已满', 2024)
    expect(await page.textContent('[data-testid="storage-notice"]')).toMatch(/存储空间已满|写入浏览器存储失败/)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl()).origin })
    // the in-memory import is gone after a reload; the earlier, stored one is back
    await open(page, `/${SEED}/overview`)
    await page.reload()
    await page.waitForSelector('main[data-state="ready"]')
    // the stored department-years are read again in the worker after the screen's own data has drawn
    await expect.poll(() => page.textContent('[data-testid="dataset-picker"]'), { timeout: 20_000 }).toContain('先前导入 2023')
    expect(await page.textContent('[data-testid="dataset-picker"]')).not.toContain('空间已满 2024')
    await ctx.close()
  })

  it('a cancelled import leaves no trace', async () => {
    const big = bigExport(400_000)
    const ctx = await freshContext()
    const page = await ctx.newPage()
    await open(page, `/${SEED}/import`)
    // the bundled datasets of data/manifest.csv, before anything is imported
    const bundled = await page.$$eval('[data-testid="dataset-picker"] option', (o) => o.length)
    expect(bundled).toBeGreaterThan(0)
    await page.setInputFiles('[data-testid="file-input"]', [big])
    await page.click('[data-testid="import-cancel"]', { timeout: 10_000 })
    await page.waitForSelector('[data-testid="import-progress"]', { state: 'detached' })
    expect(await page.$('[data-testid="import-preview"]')).toBeNull()
    expect(await page.$('[data-stored]')).toBeNull()
    await page.reload()
    await page.waitForSelector('main[data-state="ready"]')
    expect(await page.$$eval('[data-testid="dataset-picker"] option', (o) => o.length)).toBe(bundled)
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('juesuan-kanban')
          req.onsuccess = () => {
            const db = req.result
            if (!db.objectStoreNames.contains('datasets')) return resolve(0)
            const c = db.transaction('datasets').objectStore('datasets').count()
            c.onsuccess = () => resolve(c.result)
          }
          req.onerror = () => resolve(-1)
        }),
    )
    expect(stored).toBe(0)
    await ctx.close()
  })
})
