/** The CLI as a user runs it: npx tsx src/cli/audit.ts … — stdout, stderr and exit codes 0 / 1 / 2. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../src/cli/audit'

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/audit.ts', ...args], { encoding: 'utf8', timeout: 180_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('npm run audit', { timeout: 200_000 }, () => {
  it('data --json: exactly one JSON object, the seed’s totals, no errors → exit 0', () => {
    const r = run('data/zhuzhou-xzsp-2024', '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['datasets', 'findings']))
    expect(json.datasets).toHaveLength(1)
    expect(json.datasets[0]).toMatchObject({
      department: '株洲市行政审批服务局', year: 2024, unit: '万元',
      totals: { totalIncome: 1489.93, totalExpenditure: 1489.93, basic: 642.17, project: 847.76 },
    })
    expect(json.findings.length).toBeGreaterThan(0)
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'file', 'line', 'column', 'expected', 'actual', 'difference']))
    }
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([])
    const sme = json.findings.find((f: { rule: string; actual: number }) => f.rule === 'S02-SHARE' && f.actual === 97.47)
    expect(sme).toMatchObject({ expected: 99.47, difference: -2, file: '说明数据.csv', line: 112 })
  })

  it('prints a Chinese report with 位置 file:line:column without --json', () => {
    const r = run('data/zhuzhou-xzsp-2024')
    expect(r.code).toBe(0)
    expect(r.out).toContain('数据核对报告')
    expect(r.out).toContain('株洲市行政审批服务局')
    expect(r.out).toMatch(/位置：03_支出决算表\.csv:7:4/)
    expect(r.out.indexOf('错误（0）')).toBeLessThan(r.out.indexOf('警告（17）'))
  })

  it('exits 1 when there are error-severity findings (another province’s exports, GBK)', () => {
    const r = run('tests/fixtures/audit/other-gbk', '--json')
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out)
    expect(json.datasets[0]).toMatchObject({ department: '平江县示例农业农村局', year: 2023 })
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toHaveLength(9)
  })

  it('exits 2 with the reason on stderr when the input cannot be read', () => {
    const missing = run('no/such/folder', '--json')
    expect(missing.code).toBe(2)
    expect(missing.out).toBe('')
    expect(missing.err).toContain('不存在')
    const dir = mkdtempSync(join(tmpdir(), 'audit-'))
    writeFileSync(join(dir, 'a.csv'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))
    const headerOnly = mkdtempSync(join(tmpdir(), 'audit-'))
    writeFileSync(join(headerOnly, '03.csv'), '支出决算表\n,,单位：万元\n科目编码,科目名称,本年支出合计,基本支出,项目支出\n')
    const refused = run(headerOnly)
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('只有表名和表头')
    const binary = run(dir)
    expect(binary.code).toBe(2)
    expect(binary.err).toContain('xlsx')
    expect(run('data', '--bogus').code).toBe(2)
  })

  it('names a dataset with --department/--year when the files do not print them', () => {
    const r = run('tests/fixtures/audit/other-utf8/支出决算表.csv', '--department', '某局', '--year', '2022', '--json')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).datasets[0]).toMatchObject({ department: '某局', year: 2022 })
  })
})

describe('parseArgs', () => {
  it('reads inputs and options in any order, --opt=value too', () => {
    expect(parseArgs(['a', '--json', '--year=2024', '--department', '某局', 'b'])).toEqual({
      inputs: ['a', 'b'], options: { year: 2024, department: '某局' }, json: true, help: false,
    })
    expect(() => parseArgs(['--year', 'abc'])).toThrow(/四位年份/)
    expect(() => parseArgs(['--department'])).toThrow(/需要一个值/)
  })
})
