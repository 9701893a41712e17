/** The 数据核对 screen shows the same findings as `npm run audit -- data --json`. */
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, open, SEED } from './browser'

interface CliReport {
  findings: { rule: string; severity: string; message: string }[]
}

let browser: Browser
let cli: CliReport
beforeAll(async () => {
  browser = await launch()
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/audit.ts', 'data', '--json'], { encoding: 'utf8' })
  cli = JSON.parse(out) as CliReport
})
afterAll(async () => {
  await browser?.close()
})

describe('数据核对', () => {
  it('lists exactly the findings of the CLI, with the same counts in the header badge', async () => {
    const page = await browser.newPage()
    await open(page, `/${SEED}/audit`)
    await page.waitForSelector('.findings li')
    const shown = await page.$$eval('.findings li', (lis) =>
      lis.map((li) => `${li.getAttribute('data-rule')}|${li.querySelector('.finding-message')?.textContent ?? ''}`),
    )
    const expected = cli.findings.map((f) => `${f.rule}|${f.message}`)
    expect(shown.filter((s) => !expected.includes(s))).toEqual([])
    expect(expected.filter((s) => !shown.includes(s))).toEqual([])
    expect(shown).toHaveLength(expected.length)
    const counts = { error: 0, warning: 0, info: 0 } as Record<string, number>
    for (const f of cli.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1
    const badge = (await page.textContent('[data-testid="findings-badge"]')) ?? ''
    expect(badge).toContain(`${counts.error}/${counts.warning}/${counts.info}`)
    await page.close()
  })

  it('links a finding to the screen it concerns', async () => {
    const page = await browser.newPage()
    await open(page, `/${SEED}/audit`)
    await page.click('.findings li[data-rule="S02-SHARE"] a')
    await page.waitForURL(/\/procurement|\/performance/)
    await page.close()
  })
})
