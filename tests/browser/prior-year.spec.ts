/**
 * One last year on screen. The bundled folder imported again as 2023 through the import screen's file input (year
 * set to 2023 in the preview) is last year's report of the same department: 2024's 同比变化 then shows one 2023
 * figure, 1,489.93 from the loaded report, everywhere — never the 1,871.65 the 2024 narrative implies — and 数据核对
 * lists that stated 1871.65 against the loaded 1489.93. The overview shows the department's two years.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launch, open, SEED } from './browser'

const FOLDER = 'data/zhuzhou-xzsp-2024'
let browser: Browser
let ctx: BrowserContext
let page: Page
beforeAll(async () => {
  browser = await launch()
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await ctx.newPage()
})
afterAll(async () => {
  await browser?.close()
})

const text = async (sel: string) => ((await page.textContent(sel)) ?? '').replace(/\s+/g, ' ')

describe('last year’s report loaded beside this year’s', () => {
  it('alone, 2024 says 2023 = 1,871.65, derived; the overview says earlier years add a series', async () => {
    await open(page, `/${SEED}/yoy`)
    expect(await text('[data-testid="kpi-yoy-prior"] .kpi-value')).toBe('1,871.65 万元')
    expect(await text('[data-testid="kpi-yoy-prior"] .kpi-note')).toBe('推算')
    await open(page, `/${SEED}/overview`)
    await page.waitForSelector('[data-testid="dept-series-one"]')
    expect(await text('[data-testid="dept-series-one"]')).toContain('载入往年的报告')
  })

  it('imports the bundled folder as 2023 through the file input, the year set in the preview', async () => {
    await open(page, `/${SEED}/import`)
    await page.setInputFiles('[data-testid="file-input"]', readdirSync(FOLDER).map((f) => join(FOLDER, f)))
    await page.waitForSelector('[data-testid="import-preview"]')
    expect(await page.inputValue('[data-testid="import-department"]')).toBe('株洲市行政审批服务局')
    expect(await page.inputValue('[data-testid="import-year"]')).toBe('2024')
    await page.fill('[data-testid="import-year"]', '2023')
    // same name: matched by itself, no link needed
    expect(await text('[data-testid="import-same-as-matches"]')).toContain('株洲市行政审批服务局 2024')
    await page.click('[data-testid="import-add"]')
    await page.waitForURL(/\/overview/)
    await page.waitForSelector('main[data-state="ready"]')
    expect(page.url()).not.toContain(SEED)
  })

  it('同比变化 of 2024 shows one 2023 figure: 1,489.93 from the loaded report, in the headline, the waterfall and the series', async () => {
    await open(page, `/${SEED}/yoy?tables=yoyBridge.yoy-totals.yoy-threePublic`)
    await page.waitForSelector('[data-panel="yoyBridge"] table')
    expect(await text('[data-testid="kpi-yoy-prior"] .kpi-value')).toBe('1,489.93 万元')
    expect(await text('[data-testid="kpi-yoy-prior"] .kpi-note')).toBe('已载入报告')
    expect(await text('[data-testid="kpi-yoy-change"] .kpi-value')).toBe('0.00 万元')
    expect(await text('[data-testid="kpi-yoy-change"] .kpi-note')).toContain('按已载入报告计算')
    // the waterfall's first step is the loaded 2023 total; its source names the loaded report
    const bridge = await text('[data-panel="yoyBridge"]')
    expect(bridge).toMatch(/2023年\s*1,489\.93/)
    expect(bridge).toContain('株洲市行政审批服务局 2023年报告 公开01表 总计')
    // the series table: a plain 2023 column (no 推算), the same 1,489.93
    const totals = await page.$$eval('[data-panel="yoy-totals"] thead th', (ths) => ths.map((th) => th.textContent?.trim()))
    expect(totals).toEqual(expect.arrayContaining(['2023', '2024']))
    expect(totals.some((h) => h?.includes('推算'))).toBe(false)
    expect(await text('[data-panel="yoy-totals"] tbody tr:first-child')).toMatch(/1,489\.93.*1,489\.93/)
    // nowhere on the screen another 2023 figure: not 1,871.65, not the 三公 11.00
    const screen = await text('main')
    expect(screen).not.toContain('1,871.65')
    expect(screen).not.toContain('11.00')
    // … but the screen says this year's report states something else, and where to look
    expect(await text('[data-testid="yoy-prior-differs"]')).toContain('381.72')
    expect(await page.$eval('[data-testid="yoy-prior-differs"] a', (a) => a.getAttribute('href'))).toContain('/audit')
  })

  it('三公 takes 2023 from the loaded 公开09表 (4.03), the change computed', async () => {
    await open(page, `/${SEED}/threePublic?tables=tpTrend`)
    await page.waitForSelector('[data-panel="tpTrend"] table')
    const head = await page.$$eval('[data-panel="tpTrend"] thead th', (ths) => ths.map((th) => th.textContent?.trim()))
    expect(head[1]).toBe('2023')
    const total = await page.$$eval('[data-panel="tpTrend"] tbody tr', (trs) => trs.map((tr) => tr.textContent ?? '').find((t) => t.includes('合计')) ?? '')
    expect(total.replace(/\s+/g, ' ')).toMatch(/合计\s*4\.03\s*4\.03\s*0\.00/)
    expect(await text('[data-testid="tp-prior-differs"]')).toContain('6.97')
  })

  it('数据核对 lists the stated 1871.65 against the loaded 1489.93 as a finding', async () => {
    await open(page, `/${SEED}/audit`)
    await page.waitForSelector('.findings [data-finding]')
    const y01 = await page.$$eval('.findings [data-finding][data-rule="Y01-PRIOR-YEAR"]', (lis) => lis.map((li) => li.textContent ?? ''))
    expect(y01.length).toBe(7)
    const total = y01.find((t) => t.includes('收、支总计'))!
    expect(total).toContain('1871.65')
    expect(total).toContain('1489.93')
    expect(total).toContain('已载入的株洲市行政审批服务局 2023年报告')
  })

  it('the overview shows the department over both years, each from its own report', async () => {
    await open(page, `/${SEED}/overview?tables=deptSeries-spending`)
    await page.waitForSelector('[data-panel="deptSeries-spending"] table')
    const head = await page.$$eval('[data-panel="deptSeries-spending"] thead th', (ths) => ths.map((th) => th.textContent?.trim()))
    expect(head.slice(1)).toEqual(['2023', '2024'])
    expect(await text('[data-panel="deptSeries-spending"] tbody tr:first-child')).toMatch(/1,489\.93\s*1,489\.93/)
    expect(await text('[data-testid="kpi-change"] .kpi-note')).toContain('已载入报告')
    expect(await page.$('[data-testid="dept-series-one"]')).toBeNull()
  })
})
