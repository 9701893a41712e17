/**
 * npm run audit -- <files or folders> [--department NAME] [--year YYYY] [--json]
 *
 * Reads 决算 CSV exports (a folder of one department-year, loose files, data/ with manifest.csv, or a folder of
 * one subfolder per department-year), runs the 数据核对 rules and prints a Chinese report, or with --json exactly
 * one JSON object on stdout. Department-years read together are compared across years: a report's statements
 * about last year are checked against last year's report of the same department when it is among them (Y01).
 * Exit: 0 no error-severity finding; 1 error findings; 2 input cannot be read (reason on stderr);
 * 3 the audit itself failed (a rule threw — a bug, reported on stderr).
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runAudit } from '../audit/index'
import { auditJson, auditText } from '../audit/report'
import { LoadError, loadInputs, type LoadOptions } from './load-node'

const USAGE = '用法：npm run audit -- <文件或文件夹…> [--department 部门名称] [--year 年度] [--json]'

export interface CliArgs {
  inputs: string[]
  options: LoadOptions
  json: boolean
  help: boolean
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { inputs: [], options: {}, json: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = (name: string): string => {
      const eq = a.indexOf('=')
      if (eq > 0) return a.slice(eq + 1)
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new LoadError(`${name} 需要一个值。${USAGE}`)
      return v
    }
    if (a === '--json') args.json = true
    else if (a === '--help' || a === '-h') args.help = true
    else if (a === '--department' || a.startsWith('--department=')) args.options.department = value('--department')
    else if (a === '--year' || a.startsWith('--year=')) {
      const v = value('--year')
      if (!/^\d{4}$/.test(v)) throw new LoadError(`--year 应为四位年份，读到 “${v}”`)
      args.options.year = Number(v)
    } else if (a.startsWith('--')) throw new LoadError(`未知选项 ${a}。${USAGE}`)
    else args.inputs.push(a)
  }
  return args
}

export function main(argv: readonly string[]): number {
  let args: CliArgs
  let loaded: ReturnType<typeof loadInputs>
  try {
    args = parseArgs(argv)
    if (args.help) {
      process.stdout.write(`${USAGE}\n`)
      return 0
    }
    loaded = loadInputs(args.inputs, args.options)
  } catch (e) {
    process.stderr.write(`无法读取输入：${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
  const datasets = loaded.map((l) => l.dataset)
  const problems = Object.fromEntries(loaded.map((l) => [l.dataset.meta.id, l.result.problems]))
  const report = runAudit(datasets, { problems })
  if (args.json) process.stdout.write(`${JSON.stringify(auditJson(datasets, report), null, 2)}\n`)
  else {
    const sources = Object.fromEntries(loaded.map((l) => [l.dataset.meta.id, l.source]))
    process.stdout.write(`${auditText(datasets, report, sources)}\n`)
  }
  if (report.ruleErrors.length) {
    for (const r of report.ruleErrors) process.stderr.write(`规则 ${r.rule} 在 ${r.datasetId} 上运行出错：${r.message}\n`)
    return 3
  }
  return report.counts.error > 0 ? 1 : 0
}

const entry = process.argv[1] ? resolve(process.argv[1]) : ''
if (entry && fileURLToPath(import.meta.url) === entry) process.exitCode = main(process.argv.slice(2))
