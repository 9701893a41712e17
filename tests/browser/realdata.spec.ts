/**
 * The real reports in data/ in the production build: every class of each report's 支出结构 with the amount its 表03
 * prints (parsed here from the CSV, independently of the app), and a table the import could not read as printed
 * said on the screen, its figures kept out.
 */
import { readFileSync, readdirSync } from 'node:fs'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, open, tableOf } from './browser'

const DATA = new URL('../../data/', import.meta.url)
const REAL = ['putuo-guihua-2024', 'putuo-wenlv-2025']

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function page(hash: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await open(p, hash)
  return p
}

/** 3-digit class rows of the folder's 支出决算表 as printed: code → 本年支出合计 text. */
function printedClasses(slug: string): Map<string, string> {
  const dir = new URL(`${slug}/`, DATA)
  const name = readdirSync(dir).find((n) => readFileSync(new URL(n, dir), 'utf8').replace(/^\ufeff/, '').startsWith('支出决算表'))!
  const rows = Papa.parse<string[]>(readFileSync(new URL(name, dir), 'utf8').replace(/^\ufeff/, '')).data
  const out = new Map<string, string>()
  for (const r of rows) if (/^\d{3}$/.test((r[0] ?? '').trim())) out.set(r[0]!.trim(), (r[2] ?? '').trim())
  return out
}
const grouped = (s: string) => Number(s.replace(/,/g, '')).toLocaleString('en-US', { minimumFractionDigits: 2 })

describe('real reports', () => {
  for (const slug of REAL) {
    it(`${slug}: 支出结构 shows every class of 表03 with its printed amount`, async () => {
      const classes = printedClasses(slug)
      expect(classes.size).toBeGreaterThan(2)
      const p = await page(`/${slug}/drill?tables=drill`)
      await p.waitForSelector('[data-panel="drill"] table')
      const { rows } = await tableOf(p, 'drill')
      for (const [code, amount] of classes) {
        const row = rows.find((r) => r[0]?.startsWith(code + ' ') || r[0] === code)
        expect(row, `class ${code}`).toBeDefined()
        expect(row!.join('\t')).toContain(grouped(amount))
      }
      await p.close()
    })
  }

  it('a table that cannot be read as printed is named on the screen and its figures are not shown', async () => {
    const p = await page('/putuo-wenlv-2025/overview')
    const note = await p.waitForSelector('[data-testid="unusable-tables"]')
    const text = await note.innerText()
    expect(text).toContain('05_一般公共预算财政拨款支出决算表.csv')
    expect(text).toContain('1,700.57')
    await p.close()
    const seed = await page('/zhuzhou-xzsp-2024/overview')
    expect(await seed.$('[data-testid="unusable-tables"]')).toBeNull()
    await seed.close()
  })
})
