/**
 * A 390 px phone on every screen of every bundled report (the seed also in English): no sideways page scroll; the
 * current tab in view with a cue where more tabs hide; every chart's axis labels unique and drawn whole (ECharts'
 * own '...' truncation never appears; a treemap label that does not fit is hidden, not cut); x-axis labels do not
 * overlap; tooltips inside the viewport; a table wider than the phone keeps its naming column in view and readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { SCREENS } from '@/router/viewState'
import { launch, open, SEED } from './browser'
import { readCharts, tooltipRect, type ChartReading } from './charts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const PHONE = 390

async function phone(hash: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: PHONE, height: 844 }, deviceScaleFactor: 1 })
  await open(p, hash)
  // charts initialise in their own task once near the viewport, then animate for 0.3 s: bring each into view
  for (const box of await p.$$('.chart-box')) {
    await box.scrollIntoViewIfNeeded()
    await p.waitForFunction((b) => (b.querySelector('.echart') as { __chart?: unknown } | null)?.__chart, box)
  }
  await p.evaluate(() => window.scrollTo(0, 0))
  await p.waitForTimeout(500)
  return p
}

function checkLabels(c: ChartReading, where: string): void {
  const shown = c.texts.filter((t) => !t.hidden)
  // ECharts cuts with '...'; the app's own short labels use '…' and are unique by construction
  const cut = shown.filter((t) => t.text.endsWith('...'))
  expect(cut.map((t) => t.text), `${where}: labels cut by ECharts`).toEqual([])
  for (const axis of c.axes) {
    expect(new Set(axis.labels).size, `${where} ${axis.dim}-axis labels unique: ${axis.labels.join(' | ')}`).toBe(axis.labels.length)
    // each label drawn, whole: a wrapped label is one text element of several lines
    const byHost = new Map<number, string>()
    for (const t of shown) byHost.set(t.host, (byHost.get(t.host) ?? '') + t.text)
    const drawn = new Set([...byHost.values()].map((s) => s.replace(/\s+/g, '')))
    for (const l of axis.labels) expect(drawn.has(l.replace(/\s+/g, '')), `${where} ${axis.dim}-axis label drawn whole: ${l}`).toBe(true)
    if (axis.dim === 'x') {
      // labels under the axis side by side: their boxes do not overlap
      const boxes = [...byHost.entries()]
        .filter(([, s]) => axis.labels.some((l) => l.replace(/\s+/g, '') === s.replace(/\s+/g, '')))
        .map(([host]) => {
          const lines = shown.filter((t) => t.host === host)
          const left = Math.min(...lines.map((t) => t.x))
          const right = Math.max(...lines.map((t) => t.x + Math.min(t.w, measure(t.text))))
          return { left, right }
        })
        .sort((a, b) => a.left - b.left)
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `${where}: x-axis labels overlap`).toBeGreaterThanOrEqual(boxes[i - 1]!.right)
    }
  }
}

/** drawn width of a line at 12 px: CJK 12 px, other characters about 7 (a wrapped line's box is the wrap width) */
function measure(s: string): number {
  let w = 0
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7
  return w
}

async function checkScreen(hash: string): Promise<void> {
  const p = await phone(hash)
  const where = hash

  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `${where}: page scrolls sideways`).toBeLessThanOrEqual(0)

  // the current tab is inside the visible part of the tab row; a row that scrolls shows a cue
  const nav = await p.evaluate(() => {
    const row = document.querySelector<HTMLElement>('.screens')
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]')
    const wrap = document.querySelector<HTMLElement>('.screens-wrap')
    if (!row || !current) return null
    const r = row.getBoundingClientRect()
    const c = current.getBoundingClientRect()
    return {
      inView: c.left >= r.left - 1 && c.right <= r.right + 1,
      scrolls: row.scrollWidth > row.clientWidth,
      cue: !!wrap && [getComputedStyle(wrap, '::before').opacity, getComputedStyle(wrap, '::after').opacity].some((o) => o === '1'),
    }
  })
  expect(nav, `${where}: tab row with its current tab`).not.toBeNull()
  expect(nav!.inView, `${where}: current tab in view`).toBe(true)
  if (nav!.scrolls) expect(nav!.cue, `${where}: scroll cue`).toBe(true)

  for (const c of await readCharts(p)) {
    checkLabels(c, `${where} [${c.panel}]`)
    // the last item: the top bar, the rightmost column, the smallest block (ECharts places a tooltip right of the point)
    // (a treemap's data index 0 is its root, so its items run 1..n)
    const last = c.series[0] === 'treemap' ? c.dataCount : Math.max(0, c.dataCount - 1)
    const tip = await tooltipRect(p, c.panel, last)
    expect(tip, `${where} [${c.panel}] tooltip shown`).not.toBeNull()
    expect(tip!.left, `${where} [${c.panel}] tooltip left`).toBeGreaterThanOrEqual(0)
    expect(tip!.right, `${where} [${c.panel}] tooltip right`).toBeLessThanOrEqual(PHONE)
  }

  // a table wider than the phone: its naming column is readable and still in view when scrolled to the far right
  const tables = await p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.table-wrap')]
      .filter((w) => w.scrollWidth > w.clientWidth + 1)
      .map((w) => {
        const cell = w.querySelector<HTMLElement>('tbody tr td.sticky')
        if (!cell) return { sticky: false, wide: false, kept: false }
        const em = parseFloat(getComputedStyle(cell).fontSize)
        const wide = cell.getBoundingClientRect().width >= 6 * em
        w.scrollLeft = w.scrollWidth
        const [c, r] = [cell.getBoundingClientRect(), w.getBoundingClientRect()]
        const kept = c.left >= r.left - 1 && c.right <= r.right + 1
        w.scrollLeft = 0
        return { sticky: getComputedStyle(cell).position === 'sticky', wide, kept }
      }),
  )
  for (const t of tables) expect(t, `${where}: wide table's naming column`).toEqual({ sticky: true, wide: true, kept: true })
  await p.close()
}

const REPORTS = [SEED, 'putuo-guihua-2024', 'putuo-wenlv-2025']

describe.each(REPORTS)('a 390 px phone, %s', (id) => {
  for (const screen of SCREENS) {
    it(screen, async () => {
      await checkScreen(`/${id}/${screen}`)
    })
  }
})

describe('a 390 px phone in English, seed report', () => {
  for (const screen of SCREENS) {
    it(screen, async () => {
      await checkScreen(`/${SEED}/${screen}?lang=en`)
    })
  }
})

describe('drill levels on a phone', () => {
  it('every drill level of the seed: treemap and bar labels unique and whole', async () => {
    for (const path of ['201', '201.20103', '208.20805', '210.21011']) await checkScreen(`/${SEED}/drill?path=${path}`)
  })
  it('the biggest report at its item level', async () => {
    await checkScreen('/putuo-wenlv-2025/drill?path=207.20701')
  })
})
