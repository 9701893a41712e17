/**
 * Y01: what this year's report says of last year against last year's report, when it is loaded. The seed says
 * 收、支总计 1,489.93, −381.72 against last year (so 1,871.65); the seed folder imported as 2023 says 1,489.93.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { loadInputs } from '@/cli/load-node'
import { runAudit } from '@/audit'
import type { Dataset } from '@/model/types'
import { seed } from '../screens/seed'

const SEED_DIR = 'data/zhuzhou-xzsp-2024'
const Y01 = { only: ['Y01-PRIOR-YEAR'] }
let cached: Dataset | null = null
const as2023 = (): Dataset => (cached ??= loadInputs([SEED_DIR], { year: 2023 })[0]!.dataset)

/** a deep copy of the 2023 report whose 01 总计 (both sides) prints `v` */
function withGrandTotal(v: number): Dataset {
  const ds = structuredClone(as2023())
  for (const r of ds.tables.summary!.rows) if (r.item === 'grandTotal') r.values.amount = v
  return ds
}

describe('Y01 stated last year vs the loaded report', () => {
  it('nothing without last year’s report: the single-dataset audit is unchanged', () => {
    expect(runAudit([seed()], Y01).findings).toEqual([])
    expect(runAudit([seed()]).findings.some((f) => f.rule === 'Y01-PRIOR-YEAR')).toBe(false)
  })

  it('lists the stated 1871.65 vs the loaded 1489.93, both places, as a warning', () => {
    const r = runAudit([seed()], { ...Y01, context: [as2023()] })
    expect(r.ruleErrors).toEqual([])
    const total = r.findings.find((f) => f.message.includes('收、支总计') && f.where[1]?.file.includes('01_'))!
    expect(total).toMatchObject({ severity: 'warning', class: 'mismatch', family: 'across', actual: 1871.65, expected: 1489.93, difference: 381.72, unit: '万元' })
    expect(total.message).toContain('1871.65')
    expect(total.message).toContain('1489.93')
    expect(total.message).toContain('株洲市行政审批服务局 2023年报告')
    // where: this year's stated change, last year's 01 总计 (named with its report), this year's stated total
    expect(total.where.map((w) => [w.file, w.line])).toEqual([
      ['说明数据.csv', 5], ['株洲市行政审批服务局 2023年报告/01_收入支出决算总表.csv', 36], ['说明数据.csv', 4],
    ])
    expect(total.datasetId).toBe(seed().meta.id)
    // totals, fiscal totals, 一般公共预算 spending and the 三公 total and parts the report states a change for
    expect(r.findings).toHaveLength(7)
    expect(r.findings.map((f) => f.actual)).toEqual([1871.65, 1871.65, 1871.65, 11, 9.98, 9.98, 1.02])
    expect(r.findings.map((f) => f.expected)).toEqual([1489.93, 1489.93, 1489.93, 4.03, 3.44, 3.44, 0.59])
  })

  it('the datasets audited together are each other’s context (the CLI with two years)', () => {
    const r = runAudit([as2023(), seed()], Y01)
    expect(r.findings.every((f) => f.datasetId === seed().meta.id)).toBe(true)
    expect(r.findings).toHaveLength(7)
  })

  it('rounding stays rounding: 1871.66 printed last year vs 1489.93 − (−381.72) is within ±0.015', () => {
    const r = runAudit([seed()], { ...Y01, context: [withGrandTotal(1871.66)] })
    const total = r.findings.find((f) => f.where[1]?.file.includes('01_'))!
    expect(total).toMatchObject({ class: 'rounding', severity: 'info', difference: -0.01, tolerance: 0.015 })
    expect(runAudit([seed()], { ...Y01, context: [withGrandTotal(1871.65)] }).findings.some((f) => f.where[1]?.file.includes('01_'))).toBe(false)
    expect(runAudit([seed()], { ...Y01, context: [withGrandTotal(1871.68)] }).findings.find((f) => f.where[1]?.file.includes('01_'))?.class).toBe('mismatch')
  })

  it('a stated percentage without a stated amount is checked against the loaded report', () => {
    const ds: Dataset = { ...seed(), stated: seed().stated.filter((f) => !(f.topic === 'totals' && f.item === 'total' && f.measure === 'changeAmount')) }
    const r = runAudit([ds], { ...Y01, context: [withGrandTotal(1871.65)] })
    const pct = r.findings.filter((f) => f.unit === 'pp')
    // −20.4 % stated; (1489.93 − 1871.65) ÷ 1871.65 = −20.395… % → −20.4 %: agrees
    expect(pct.filter((f) => f.message.includes('收、支总计'))).toEqual([])
    const r2 = runAudit([ds], { ...Y01, context: [as2023()] })
    const bad = r2.findings.find((f) => f.unit === 'pp' && f.where[0]?.line === 6)!
    expect(bad).toMatchObject({ class: 'mismatch', actual: -20.4, expected: 0 })
  })

  it('the CLI audits a folder of two years: each subfolder one department-year, last year compared', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'jskb-years-'))
    for (const [sub, year] of [['2023', '2023'], ['2024', '2024']] as const) {
      mkdirSync(join(dir, sub))
      for (const f of readdirSync(SEED_DIR)) copyFileSync(join(SEED_DIR, f), join(dir, sub, f))
      // the year is printed in the title of 说明数据.csv: the earlier copy says 2023
      const stated = join(dir, sub, '说明数据.csv')
      writeFileSync(stated, readFileSync(stated, 'utf8').replace('2024年度部门决算说明', `${year}年度部门决算说明`))
    }
    const r = spawnSync('npx', ['tsx', 'src/cli/audit.ts', dir, '--json'], { encoding: 'utf8', timeout: 60_000 })
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.datasets.map((d: { year: number }) => d.year)).toEqual([2023, 2024])
    const y01 = json.findings.filter((f: { rule: string }) => f.rule === 'Y01-PRIOR-YEAR')
    expect(y01).toHaveLength(7)
    const id2024 = json.datasets.find((d: { year: number }) => d.year === 2024).id
    expect(y01.every((f: { datasetId: string }) => f.datasetId === id2024)).toBe(true)
    // the text report names both figures
    const text = spawnSync('npx', ['tsx', 'src/cli/audit.ts', dir], { encoding: 'utf8', timeout: 60_000 }).stdout
    expect(text).toMatch(/Y01-PRIOR-YEAR｜不符\] .*1871\.65.*1489\.93/)
  })
})
