/**
 * A real report through the browser's import: the GBK export of 上海市普陀区规划和自然资源局 2024
 * (tests/fixtures/realdata) set on the file input and confirmed; then 支出结构 shows every class of its 表03 with the
 * amounts the file prints, and 三公经费 shows table 07's budget and actual. Expected figures come from the fixture's
 * CSV (parsed here) and expected.json, never from the app.
 */
import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { baseUrl, launch, open, SEED, tableOf } from './browser'
import { FIXTURES, fileOf, printedCents, printedCodeRows, readCsv, readExpected, type ExpectedFigure } from '../unit/realdata/printed'

const SLUG = 'putuo-guihua-2024'
const GBK = `${FIXTURES}/${SLUG}/gbk`

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** A shown amount ('3,845.24', '0.00', '—') as integer cents; '—' (blank) is null. */
function shownCents(text: string): number | null {
  const s = text.trim()
  return s === '—' || s === '' ? null : printedCents(s)
}

describe(`real report ${SLUG} imported as GBK through the file input`, () => {
  it('shows every class of 表03 in 支出结构 and table 07’s 三公 budget and actual', async () => {
    const expected = readExpected(SLUG)
    const names = readdirSync(GBK).sort()
    expect(names).toHaveLength(9)
    const printed = printedCodeRows(readCsv(`${GBK}/${fileOf(names, '03')}`, 'gb18030'), '本年支出合计')
    const classes = printed.rows.filter((r) => r.code.length === 3)
    expect(classes.length).toBeGreaterThan(0)

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await ctx.newPage()
    await open(page, `/${SEED}/import`)
    await page.setInputFiles('[data-testid="file-input"]', names.map((n) => `${GBK}/${n}`))
    await page.waitForSelector('[data-testid="import-preview"]')
    const preview = (await page.textContent('[data-testid="import-preview"]')) ?? ''
    for (const n of names) expect(preview).toContain(n)
    expect(preview).toContain('gb18030')
    await page.fill('[data-testid="import-department"]', expected.department)
    await page.fill('[data-testid="import-year"]', String(expected.year))
    await page.click('[data-testid="import-add"]')
    await page.waitForURL(/\/overview/)
    await page.waitForSelector('main[data-state="ready"]')
    const id = new URL(page.url()).hash.split('/')[1]!
    expect(id).not.toBe(SLUG) // the imported copy, not the bundled folder
    expect(await page.textContent('[data-testid="dataset-picker"]')).toContain(`${expected.department} ${expected.year}`)

    // 支出结构: the class level lists exactly the classes of 表03, each with the amounts the file prints
    await page.goto(`${baseUrl()}#/${id}/drill`)
    await page.waitForSelector('[data-panel="drill"] table tbody tr')
    const drill = await tableOf(page, 'drill')
    const col = (label: RegExp) => drill.head.findIndex((h) => label.test(h))
    const [code, total, basic, project] = [col(/编码|代码/), col(/合计/), col(/基本支出/), col(/项目支出/)]
    expect([code, total, basic, project].every((i) => i >= 0), `drill table columns: ${drill.head.join(' | ')}`).toBe(true)
    expect(drill.rows.map((r) => r[code]).sort()).toEqual(classes.map((c) => c.code).sort())
    for (const c of classes) {
      const row = drill.rows.find((r) => r[code] === c.code)!
      expect({ code: c.code, total: shownCents(row[total]!), basic: shownCents(row[basic]!), project: shownCents(row[project]!) }).toEqual({
        code: c.code, total: printedCents(c.cells['本年支出合计']!), basic: printedCents(c.cells['基本支出']!), project: printedCents(c.cells['项目支出']!),
      })
    }

    // 三公经费: table 07's 合计 budget and actual (expected.json 三公经费.合计_预算数 / 合计_决算数)
    const tp = expected.headline['三公经费'] as Record<string, ExpectedFigure>
    const budget = printedCents(tp['合计_预算数']!.printed)
    const actual = printedCents(tp['合计_决算数']!.printed)
    await page.goto(`${baseUrl()}#/${id}/threePublic`)
    await page.waitForSelector('[data-panel="tpBudget"] table tbody tr')
    const kpi = ((await page.textContent('[data-testid="kpi-tp-actual"] .kpi-value')) ?? '').replace(/\s*万元$/, '')
    expect(shownCents(kpi)).toBe(actual)
    const t = await tableOf(page, 'tpBudget')
    const tableBudget = t.head.findIndex((h) => /预算数/.test(h) && !/说明/.test(h))
    const tableActual = t.head.findIndex((h) => /决算数/.test(h) && !/说明/.test(h))
    expect(tableBudget >= 0 && tableActual >= 0, `三公 table columns: ${t.head.join(' | ')}`).toBe(true)
    const totalRow = t.rows.find((r) => r[0] === '合计')
    expect(totalRow, '三公 table has a 合计 row').toBeDefined()
    expect({ budget: shownCents(totalRow![tableBudget]!), actual: shownCents(totalRow![tableActual]!) }).toEqual({ budget, actual })
    await ctx.close()
  })
})
