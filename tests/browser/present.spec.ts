/**
 * 大屏 / presentation mode (`present=1`) in the production build: every visible text node measured at 1920×1080
 * (≥ 20 px) and 3840×2160 (scaled up), each slide on one screen without scrolling or clipping, keyboard step,
 * pause and leave, cycling, and axe.
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

async function present(width: number, height: number, query = ''): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height } })
  const errors: string[] = []
  p.on('pageerror', (e) => errors.push(e.message))
  await p.goto(`${baseUrl()}#/${SEED}/overview?present=1${query}`)
  await p.waitForSelector('main.present[data-state="ready"] .present-body', { timeout: 20_000 })
  if (errors.length) throw new Error(errors.join('; '))
  return p
}

const slideOf = (p: Page) => p.getAttribute('main.present', 'data-slide')
async function waitSlide(p: Page, slide: string): Promise<void> {
  await p.waitForSelector(`main.present[data-slide="${slide}"]`, { timeout: 10_000 })
}

interface Measure {
  smallest: number
  smallestText: string
  texts: number
  offscreen: string[]
  scroll: { x: number; y: number }
  clipped: number
}

/** Every text node a reader can see: its font size, and whether it lies inside the viewport. */
function measure(): Measure {
  const out: Measure = { smallest: Infinity, smallestText: '', texts: 0, offscreen: [], scroll: { x: 0, y: 0 }, clipped: 0 }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent?.trim()
    const el = n.parentElement
    if (!text || !el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
    const range = document.createRange()
    range.selectNodeContents(n)
    const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1)
    if (!rects.length) continue
    out.texts++
    const size = parseFloat(getComputedStyle(el).fontSize)
    if (size < out.smallest) {
      out.smallest = size
      out.smallestText = text.slice(0, 40)
    }
    if (rects.some((r) => r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)) out.offscreen.push(text.slice(0, 40))
  }
  const root = document.documentElement
  out.scroll = { x: root.scrollWidth - innerWidth, y: root.scrollHeight - innerHeight }
  const body = document.querySelector('.present-body')!
  out.clipped = body.scrollHeight - body.clientHeight
  return out
}

async function everySlide(p: Page): Promise<Record<string, Measure>> {
  const out: Record<string, Measure> = {}
  const count = Number((await p.textContent('[data-testid="present-position"]'))!.split('/')[1])
  for (let i = 0; i < count; i++) {
    const slide = (await slideOf(p))!
    await p.waitForTimeout(200)
    out[slide] = await p.evaluate(measure)
    await p.keyboard.press('ArrowRight')
    if (i < count - 1) await p.waitForFunction((s) => document.querySelector('main.present')?.getAttribute('data-slide') !== s, slide)
  }
  return out
}

describe('presentation mode', () => {
  let at1080: Record<string, Measure>
  it('1920×1080: every visible text node is 20 px or more, each slide fits the screen without scrolling', async () => {
    const p = await present(1920, 1080)
    at1080 = await everySlide(p)
    expect(Object.keys(at1080)).toEqual(['headline', 'classes', 'trend', 'findings'])
    for (const [slide, m] of Object.entries(at1080)) {
      expect(m.texts, slide).toBeGreaterThan(10)
      expect(m.smallest, `${slide}: “${m.smallestText}”`).toBeGreaterThanOrEqual(20)
      expect(m.offscreen, slide).toEqual([])
      expect(m.scroll, slide).toEqual({ x: 0, y: 0 })
      expect(m.clipped, slide).toBeLessThanOrEqual(1)
    }
    // the headline figures as published (万元): 本年支出合计 1,489.93, 比上年增减 −381.72 (−20.4%)
    await p.keyboard.press('Home')
    await waitSlide(p, 'headline')
    expect(await p.textContent('[data-testid="present-kpi-expenditure"] .num')).toBe('1,489.93')
    expect(await p.textContent('[data-testid="present-kpi-change"]')).toContain('−381.72')
    expect(await p.textContent('[data-testid="present-kpi-change"]')).toContain('−20.4%')
    await p.close()
  })

  it('3840×2160: the same slides scaled up (twice the type), still one screen each', async () => {
    const p = await present(3840, 2160, '&lang=en')
    const at2160 = await everySlide(p)
    for (const [slide, m] of Object.entries(at2160)) {
      expect(m.smallest, `${slide}: “${m.smallestText}”`).toBeGreaterThanOrEqual(40)
      expect(m.smallest, slide).toBeGreaterThanOrEqual(1.9 * at1080[slide]!.smallest)
      expect(m.offscreen, slide).toEqual([])
      expect(m.scroll, slide).toEqual({ x: 0, y: 0 })
      expect(m.clipped, slide).toBeLessThanOrEqual(1)
    }
    await p.close()
  })

  it('keyboard: → and PageDown step on, ← back, End and Home jump; the URL holds the slide', async () => {
    const p = await present(1920, 1080)
    expect(await slideOf(p)).toBe('headline')
    await p.keyboard.press('ArrowRight')
    await waitSlide(p, 'classes')
    expect(p.url()).toContain('slide=2')
    await p.keyboard.press('PageDown')
    await waitSlide(p, 'trend')
    await p.keyboard.press('ArrowLeft')
    await waitSlide(p, 'classes')
    await p.keyboard.press('End')
    await waitSlide(p, 'findings')
    expect(await p.textContent('[data-testid="present-causes"] li')).toContain('1,009.04')
    await p.keyboard.press('ArrowRight') // wraps round
    await waitSlide(p, 'headline')
    // a shared link opens on its slide
    await p.goto(`${baseUrl()}#/${SEED}/overview?present=1&slide=3`)
    await waitSlide(p, 'trend')
    await p.close()
  })

  it('cycling: play=1 steps on by itself; Space pauses it and resumes it', async () => {
    const p = await present(1920, 1080, '&play=1&every=5')
    expect(await p.getAttribute('main.present', 'data-playing')).toBe('true')
    await waitSlide(p, 'classes') // after 5 s, by itself
    await p.keyboard.press(' ')
    await p.waitForSelector('main.present[data-playing="false"]')
    expect(p.url()).not.toContain('play=1')
    await p.waitForTimeout(6_000)
    expect(await slideOf(p)).toBe('classes') // paused: no step
    await p.keyboard.press(' ')
    await p.waitForSelector('main.present[data-playing="true"]')
    await waitSlide(p, 'trend')
    // the pause button does the same, and says what it does
    await p.click('[data-testid="present-play"]')
    expect(await p.getAttribute('[data-testid="present-play"]', 'aria-pressed')).toBe('false')
    await p.close()
  }, 40_000)

  it('Escape leaves presentation mode for the screen it came from; the screen links to it', async () => {
    const p = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await open(p, `/${SEED}/overview`)
    await p.click('[data-testid="present-link"]')
    await p.waitForSelector('main.present[data-state="ready"] .present-body')
    expect(p.url()).toContain('present=1')
    expect(await p.$('.app-header')).toBeNull()
    await p.keyboard.press('Escape')
    await p.waitForSelector('main.screen .kpis')
    expect(p.url()).not.toContain('present=1')
    expect(await p.$('.app-header')).not.toBeNull()
    await p.close()
  })

  it('no serious or critical axe violation on any slide', async () => {
    const p = await present(1920, 1080)
    for (let i = 0; i < 4; i++) {
      const violations = await seriousViolations(p)
      expect(violations, (await slideOf(p))!).toEqual([])
      await p.keyboard.press('ArrowRight')
      await p.waitForTimeout(300)
    }
    await p.close()
  })
})
