/** The 数据核对 screen shows the same findings as `npm run audit -- data --json`. */
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, open, SEED } from './browser'

interface CliReport {
  findings: { rule: string; severity: string; message: string; datasetId: string }[]
}

let browser: Browser
let cli: CliReport
beforeAll(async () => {
  browser = await launch()
  // data/ holds other reports too (exit 1 when any has an error finding): keep the seed's findings
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit.ts', 'data', '--json'], { encoding: 'utf8' })
  const all = JSON.parse(out.stdout) as CliReport
  cli = { findings: all.findings.filter((f) => f.datasetId === SEED) }
})
afterAll(async () => {
  await browser?.close()
})

describe('数据核对', () => {
  it('lists exactly the findings of the CLI, by root cause and money at stake, with the badge in words', async () => {
    const page = await browser.newPage()
    await open(page, `/${SEED}/audit`)
    await page.waitForSelector('.findings [data-finding]')
    const shown = await page.$$eval('.findings [data-finding]', (lis) =>
      lis.map((li) => `${li.getAttribute('data-rule')}|${li.querySelector('.finding-message')?.textContent ?? ''}`),
    )
    const expected = cli.findings.map((f) => `${f.rule}|${f.message}`)
    expect(shown.filter((s) => !expected.includes(s))).toEqual([])
    expect(expected.filter((s) => !shown.includes(s))).toEqual([])
    expect(shown).toHaveLength(expected.length)
    // most money at stake first: 五（三）第1项 prints the class total 1,311.99 for 行政运行 302.95
    const first = await page.$eval('.findings li.cause', (li) => [li.getAttribute('data-rule'), li.getAttribute('data-stake')])
    expect(first).toEqual(['S05-EXEC-ACTUAL', '1009.04'])
    expect(await page.$$eval('.findings li.cause[data-kind="rounding"]', (l) => l.length)).toBe(3)
    const counts = { error: 0, warning: 0, info: 0 } as Record<string, number>
    for (const f of cli.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1
    const badge = page.locator('[data-testid="findings-badge"]')
    // the seed: no table-vs-table error, but every warning is a contradiction in the published report
    expect((await badge.textContent())?.trim()).toBe(`${(counts.error ?? 0) + (counts.warning ?? 0)} 处不一致 · 20 处需说明`)
    expect(await badge.getAttribute('aria-label')).toContain('另有 9 处尾数误差')
    await page.close()
  })

  it('links a finding to the screen it concerns', async () => {
    const page = await browser.newPage()
    await open(page, `/${SEED}/audit`)
    const target = await page.getAttribute('.findings li[data-rule="S02-SHARE"] a', 'href')
    expect(target).toMatch(/\/(procurement|performance)\b/)
    await page.click('.findings li[data-rule="S02-SHARE"] a')
    await page.waitForURL(/\/procurement|\/performance/)
    expect(new URL(page.url()).hash).toBe(target)
    await page.waitForSelector('[data-panel]')
    await page.close()
  })

  it('when the audit worker cannot load, the findings are computed on the page instead of never arriving', async () => {
    const page = await browser.newPage()
    let blocked = 0
    await page.route(/audit\.worker[^/]*\.js/, (route) => {
      blocked++
      return route.fulfill({ status: 404, body: '' })
    })
    // the bundled report's read.json carries the build's audit (no worker needed): without it, the worker audits
    await page.route(/\/read\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }))
    await open(page, `/${SEED}/audit`)
    await page.waitForSelector('.findings [data-finding]', { timeout: 40_000 })
    expect(blocked).toBeGreaterThan(0)
    expect(await page.$$eval('.findings [data-finding]', (l) => l.length)).toBe(cli.findings.length)
    await page.close()
  })
})
