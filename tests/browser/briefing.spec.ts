/**
 * 审议简报 printed by Chromium (page.pdf(), A4): at most two pages, holding the seed's headline figures and its material
 * contradictions, in Chinese and in English. Pages are counted in the PDF itself (its page objects and the page
 * tree's /Count must agree); the printed text is the page's text under print media (what page.pdf() lays out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launch, open, SEED, seriousViolations } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Pages of a PDF: the /Type /Page objects (not /Pages), checked against the page tree's /Count. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1')
  const objects = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]))
  const root = Math.max(0, ...counts)
  if (root !== objects) throw new Error(`PDF page objects (${objects}) and the page tree's /Count (${root}) disagree`)
  return objects
}

/** The briefing of a dataset, ready (open() of browser.ts waits for a screen's panels; the briefing has its own). */
async function briefing(lang: 'zh' | 'en', dataset = SEED, width = 1280): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 } })
  const errors: string[] = []
  p.on('pageerror', (e) => errors.push(e.message))
  await p.goto(`${baseUrl()}#/${dataset}/briefing${lang === 'en' ? '?lang=en' : ''}`)
  await p.waitForSelector('[data-testid="briefing"] [data-section="questions"]', { timeout: 20_000 })
  if (lang === 'en') await p.waitForSelector('html[lang="en"]')
  expect(errors).toEqual([])
  return p
}

/**
 * The text as printed: print media, elements hidden by print CSS left out (innerText). Media goes back to none after,
 * not 'screen': an emulated 'screen' would also hold while page.pdf() lays out the pages.
 */
async function printedText(p: Page): Promise<string> {
  await p.emulateMedia({ media: 'print' })
  const text = await p.evaluate(() => document.body.innerText)
  await p.emulateMedia({ media: null })
  return text
}

const FIGURES = {
  zh: ['1,489.93 万元', '−381.72 万元', '5.50 万元 与 4.03 万元 不符', '97.47% 与 99.47% 不符'],
  en: ['1,489.93 10k yuan', '−381.72 10k yuan', '5.50 10k yuan vs 4.03 10k yuan', '97.47% vs 99.47%'],
}

describe('审议简报', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`prints to at most two A4 pages with the seed's figures (${lang})`, async () => {
      const p = await briefing(lang)
      const text = await printedText(p)
      for (const f of FIGURES[lang]) expect(text, f).toContain(f)
      // department, year, date printed and the link, on the page itself
      expect(text).toContain('株洲市行政审批服务局')
      expect(text).toContain('2024')
      expect(await p.textContent('[data-testid="briefing-date"]')).toMatch(/\d/)
      expect(await p.textContent('[data-testid="briefing-link"]')).toContain(`#/${SEED}/briefing`)
      // the header, navigation and print button are not printed
      expect(text).not.toContain(lang === 'zh' ? '打印 / 存为 PDF' : 'Print / save as PDF')
      expect(await p.evaluate(() => getComputedStyle(document.querySelector('.app-header')!).display)).not.toBe('none')
      const pdf = await p.pdf({ format: 'A4', printBackground: true })
      const pages = pdfPages(pdf)
      expect(pages).toBeGreaterThanOrEqual(1)
      expect(pages).toBeLessThanOrEqual(2)
      await p.close()
    })
  }

  it('lists the seed’s empty 公开06表 as published without a reason, and asks about it', async () => {
    const p = await briefing('zh')
    const item = await p.textContent('[data-section="missing"] li[data-kind="gpbBasic"]')
    expect(item).toContain('公开06表')
    expect(item).toContain('公开为空表，没有说明原因')
    expect(await p.textContent('[data-section="questions"]')).toContain('公开06表 一般公共预算财政拨款基本支出决算表公开为空表')
    await p.close()
  })

  it('the page counter is right: 数据核对, many pages long, counts as more than two', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await open(p, `/${SEED}/audit`)
    await p.waitForSelector('.findings [data-finding]') // 数据核对 arrives from its worker
    expect(pdfPages(await p.pdf({ format: 'A4' }))).toBeGreaterThan(2)
    await p.close()
  })

  it('opens from the header of a department-year’s screen; on a phone: no horizontal scroll, no serious axe violation', async () => {
    const p = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await open(p, `/${SEED}/budget`)
    await p.click('.app-header nav a[data-screen="briefing"]')
    await p.waitForSelector('[data-testid="briefing"] [data-section="questions"] li')
    expect(p.url()).toContain(`#/${SEED}/briefing`)
    // readable on a phone: nothing wider than the screen
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const violations = await seriousViolations(p)
    expect(violations).toEqual([])
    await p.close()
  })

  it('a Shanghai report without 说明数据 still prints, without a change it cannot know', async () => {
    const p = await briefing('zh', 'putuo-guihua-2024')
    const text = await printedText(p)
    expect(text).toContain('上海市普陀区规划和自然资源局')
    expect(pdfPages(await p.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2)
    await p.close()
  })
})

describe('screens say what is missing', () => {
  it('the overview lists the seed’s empty tables; the budget screen of a report without 说明数据 says what would fill it', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await open(p, `/${SEED}/overview`)
    expect(await p.textContent('[data-testid="missing-tables"] li[data-kind="gpbBasic"]')).toContain('公开06表')
    expect(await p.$('[data-testid="missing-sources"]')).toBeNull()
    await open(p, '/putuo-guihua-2024/budget')
    expect(await p.textContent('[data-testid="missing-sources"]')).toContain('预算执行情况')
    await p.close()
  })
})
