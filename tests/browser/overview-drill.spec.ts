/** The foundation's acceptance: the overview shows the seed's headline figures; drill-down reaches 项 by mouse and keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, open, SEED } from './browser'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('overview', () => {
  it('shows the headline figures of the seed report', async () => {
    page = await browser.newPage()
    await open(page, `/${SEED}/overview`)
    await expect.poll(() => page.textContent('[data-testid="kpi-income"] .kpi-value')).toBe('1,489.93 万元')
    expect(await page.textContent('[data-testid="kpi-expenditure"] .kpi-value')).toBe('1,489.93 万元')
    expect(await page.textContent('[data-testid="kpi-change"] .kpi-value')).toBe('−381.72 万元')
    expect(await page.textContent('[data-testid="kpi-change"] .kpi-note')).toContain('−20.4%')
    expect(await page.textContent('[data-testid="kpi-basic"] .kpi-value')).toBe('642.17 万元')
    expect(await page.textContent('[data-testid="kpi-project"] .kpi-value')).toBe('847.76 万元')
    const classes = await page.textContent('[data-panel="classes"] table')
    for (const s of ['一般公共服务支出', '1,311.99', '社会保障和就业支出', '78.99', '卫生健康支出', '57.55', '住房保障支出', '41.39']) {
      expect(classes).toContain(s)
    }
    await page.close()
  })
})

describe('drill-down', () => {
  it('reaches the 项 rows by mouse: class → section → items, breadcrumb back up', async () => {
    page = await browser.newPage()
    await open(page, `/${SEED}/drill`)
    await page.click('[data-panel="drill"] button[data-drill="201"]')
    await page.waitForURL(/path=201(&|$)/)
    await page.click('[data-panel="drill"] button[data-drill="20102"]')
    await page.waitForURL(/path=201\.20102/)
    const rows = await page.textContent('[data-panel="drill"] table tbody')
    expect(rows).toContain('2010201')
    expect(rows).toContain('2010202')
    expect(rows).toContain('737.89')
    expect(rows).toContain('161.28')
    await page.click('.breadcrumb button[data-crumb="0"]')
    await page.waitForURL((u) => !u.hash.includes('path='))
    expect(await page.textContent('[data-panel="drill"] table tbody')).toContain('1,311.99')
    await page.close()
  })

  it('reaches the 项 rows by keyboard only', async () => {
    page = await browser.newPage()
    await open(page, `/${SEED}/drill`)
    // Tab until the 210 卫生健康 row's button has focus, then Enter.
    const reach = async (selector: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
      }
      throw new Error(`could not reach ${selector} by Tab`)
    }
    await reach('[data-panel="drill"] button[data-drill="210"]')
    await page.keyboard.press('Enter')
    await page.waitForURL(/path=210(&|$)/)
    await reach('[data-panel="drill"] button[data-drill="21011"]')
    await page.keyboard.press('Enter')
    await page.waitForURL(/path=210\.21011/)
    const rows = await page.textContent('[data-panel="drill"] table tbody')
    for (const s of ['2101101', '19.38', '2101103', '11.15', '2101199', '27.02']) expect(rows).toContain(s)
    await page.close()
  })

  it('restores the drill path from a shared link', async () => {
    page = await browser.newPage()
    await open(page, `/${SEED}/drill?path=208.20805`)
    await expect.poll(() => page.textContent('[data-panel="drill"] table tbody')).toContain('2080505')
    expect(await page.textContent('.breadcrumb')).toContain('行政事业单位养老支出')
    await page.close()
  })
})
