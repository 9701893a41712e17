/**
 * A finding lands on its row (issue 9, part 2) and every 类/款/项 has its page (part 3), in Chromium.
 * Every finding of the seed dataset is followed from 数据核对: the marked element exists, is in the viewport, says
 * aria-current="true" and shows that finding inline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, open, SEED, seriousViolations } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const MARKED = '[data-target][aria-current="true"]'

/** The marked element: its key, whether its top is in the viewport, and its rendered text. */
async function marked(page: Page) {
  await page.waitForSelector(MARKED, { timeout: 15_000 })
  // the landing scrolls after the screen rendered; give it its second look
  await page.waitForTimeout(500)
  return page.$eval(MARKED, (el) => {
    const box = el.getBoundingClientRect()
    return {
      key: el.getAttribute('data-target'),
      count: document.querySelectorAll('[data-target][aria-current="true"]').length,
      // its top is on screen (a sub-pixel above 0 when scrolled to the top of a tall row)
      inView: box.height > 0 && box.top > -2 && box.top < window.innerHeight && box.bottom > 0,
      top: box.top,
      text: (el as HTMLElement).innerText,
      focused: document.activeElement === el,
    }
  })
}

describe('a finding lands on its row', () => {
  it('every finding of the seed: its link opens the screen with the row marked, in view, the finding shown inline', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await open(page, `/${SEED}/audit`)
    await page.waitForSelector('.findings [data-finding]')
    const list = await page.$$eval('.findings [data-finding]', (lis) =>
      lis.map((li) => ({ rule: li.getAttribute('data-rule'), message: li.querySelector('.finding-message')?.textContent ?? '' })),
    )
    expect(list.length).toBeGreaterThan(40)
    const auditUrl = page.url()
    const failures: string[] = []
    for (const [i, f] of list.entries()) {
      if (i > 0) {
        await page.evaluate((u) => { location.href = u }, auditUrl)
        await page.waitForSelector('.findings [data-finding]')
      }
      const item = page.locator('.findings [data-finding]').nth(i)
      // rounding causes list their findings folded: unfold as a reader would
      if (!(await item.isVisible())) await item.locator('xpath=ancestor::details[1]/summary').click()
      await item.locator('a[data-finding-link]').click()
      await page.waitForURL(/focus=/)
      const m = await marked(page)
      const url = decodeURIComponent(page.url())
      if (m.count !== 1) failures.push(`${f.rule}: ${m.count} marked (${url})`)
      if (!m.inView) failures.push(`${f.rule}: ${m.key} not in view, top ${m.top} (${url})`)
      if (!m.text.includes(f.message)) failures.push(`${f.rule}: ${m.key} does not show “${f.message.slice(0, 40)}…” (${url})`)
      if (!m.focused) failures.push(`${f.rule}: ${m.key} not focused`)
    }
    expect(failures).toEqual([])
    await page.close()
  }, 600_000)

  it('a shared link marks the row on first load; stated figures are placed by quote and report section', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await open(page, `/${SEED}/budget?focus=2080505`)
    const m = await marked(page)
    expect(m).toMatchObject({ key: '2080505', count: 1, inView: true })
    // 第3项: 47.33 ÷ 62.98 = 75.15 %, below 80 %
    expect(m.text).toContain('75.15%')
    // the quote marks come from <q>, outside the text
    expect(m.text).toContain('支出决算为47.33万元（第三部分 五（三）第3项）')
    // leaving by the menu drops the mark
    await page.click('nav.screens a[data-screen="drill"]')
    await page.waitForSelector('main[data-screen="drill"] .drill')
    expect(page.url()).not.toContain('focus=')
    expect(await page.$$eval(MARKED, (els) => els.length)).toBe(0)
    await page.close()
  })
})

describe('item page', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`drill 社会保障和就业支出 → 行政事业单位养老支出 → 机关事业单位基本养老保险缴费支出 opens its page (${lang})`, async () => {
      const page = await browser.newPage()
      await open(page, `/${SEED}/drill${lang === 'en' ? '?lang=en' : ''}`)
      await page.click('button[data-drill="208"]')
      await page.waitForSelector('button[data-drill="20805"]')
      await page.click('button[data-drill="20805"]')
      const name = page.locator('tr[data-target="2080505"] a[data-item-link]').first()
      expect((await name.textContent())?.trim()).toBe('机关事业单位基本养老保险缴费支出')
      await name.click()
      await page.waitForSelector('.item[data-code="2080505"]')
      expect(page.url()).toContain('/item?path=208.20805.2080505')
      const kpi = async (id: string) => (await page.textContent(`[data-testid="${id}"] .kpi-value`))?.trim()
      expect(await kpi('item-total')).toMatch(/^47\.33 /)
      expect(await kpi('item-budget')).toMatch(/^62\.98 /)
      expect(await kpi('item-rate')).toBe('75.15%')
      expect(await page.textContent('[data-testid="item-rate"] .kpi-note')).toContain('75.15%')
      // the report's reason, the R01 flag, and where the figures were printed
      expect(await page.textContent('.item-reasons')).toContain('全市机构改革后')
      expect(await page.textContent('[data-testid="item-findings"]')).toContain('75.15%')
      const places = await page.textContent('[data-panel="itemPlaces"]')
      expect(places).toContain('第三部分 五（三）第3项')
      expect(places).toContain('03_支出决算表.csv:15:3')
      if (lang === 'en') {
        expect(await page.textContent('h1')).toContain('Line items')
        // every Chinese word on the English page is one printed in the report, marked lang="zh"
        const unmarked = await page.evaluate(() => {
          const out: string[] = []
          const walk = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            if (!n.parentElement?.closest('[lang|="zh"]') && /\p{Script=Han}/u.test(n.textContent ?? '')) out.push(n.textContent!.trim())
          }
          return out
        })
        expect(unmarked).toEqual([])
      } else expect(await page.textContent('h1')).toContain('科目详情')
      // and back: the line is marked on the drill-down at its level
      await page.click('[data-testid="item-in-drill"]')
      expect((await marked(page)).key).toBe('2080505')
      await page.close()
    })
  }

  it('reached from the budget screen and from a finding', async () => {
    const page = await browser.newPage()
    await open(page, `/${SEED}/budget`)
    await page.locator('tr[data-target="2080505"] a[data-item-link]').click()
    await page.waitForSelector('.item[data-code="2080505"]')
    await open(page, `/${SEED}/audit`)
    await page.locator('.findings li[data-rule="S05-EXEC-ACTUAL"] a[data-item-link]').click()
    await page.waitForSelector('.item[data-code="2010301"]')
    expect(await page.textContent('[data-testid="item-findings"]')).toContain('1311.99')
    await page.close()
  })
})

describe('accessibility and phones', () => {
  for (const hash of ['budget?focus=2080505', 'threePublic?focus=vehicle', 'item?path=208.20805.2080505', 'item']) {
    it(`${hash}: no serious or critical axe violation, no horizontal scroll at 390 px`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
      await open(page, `/${SEED}/${hash}`)
      await page.waitForTimeout(800)
      const violations = await seriousViolations(page)
      expect(violations).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
      await page.close()
    })
  }
})
