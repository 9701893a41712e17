/**
 * npm run bench — Node half of the performance evidence (docs/PERFORMANCE.md).
 * Generates .synthetic/province.csv (3,000 departments × 10 years, seed 42) when missing, then measures
 * ingest_mb_s vs papaparse_raw_mb_s on it, heap held after ingest, drill/comparison times at that size,
 * and brotli sizes of dist/ (built when missing; `--build` rebuilds). Writes bench-results.json.
 * Flags: --rounds N (parser rounds, default 7), --clicks N (query clicks, default 300), --file PATH,
 * --lighthouse (also Lighthouse mobile on every screen of the bundled data and the first chart under slow-4G
 * throttling, bench/lighthouse.ts; `--lighthouse-screens overview` for each dataset's overview only),
 * --lighthouse-only (just that part and the brotli sizes: no parser, query or import timings).
 */
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { DEFAULT_OUT, generate, parseArgs } from '../src/cli/generate'
import { brotliSizes } from './brotli'
import { browserMetrics } from './browser'
import { lighthouseMetrics, lighthouseRows } from './lighthouse'
import { ingestAndHold, quantile, timeParsers, timeQueries } from './measure'

// global.gc is needed for heap_mb: run again under node --expose-gc
if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  const self = fileURLToPath(import.meta.url)
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(r.status ?? 1)
}

const argv = process.argv.slice(2)
const flag = (name: string, def: number) => {
  const i = argv.indexOf(name)
  return i >= 0 ? Number(argv[i + 1]) : def
}
const fileArg = argv.indexOf('--file')
const file = fileArg >= 0 ? argv[fileArg + 1]! : DEFAULT_OUT
const log = (s: string) => console.log(s)
const lighthouseOnly = argv.includes('--lighthouse-only')
const withLighthouse = lighthouseOnly || argv.includes('--lighthouse')
const lhScreens = argv.includes('--lighthouse-screens') && argv[argv.indexOf('--lighthouse-screens') + 1] === 'overview' ? 'overview' : 'all'

/** `--lighthouse-only`: build if asked, brotli sizes, Lighthouse; writes lighthouse-results.json and exits. */
async function lighthousePart(): Promise<never> {
  if (argv.includes('--build') || !existsSync('dist/index.html')) execSync('npm run build', { stdio: 'inherit' })
  const brotli = brotliSizes('dist')
  log(`Lighthouse 12.2.3, mobile, ${lhScreens === 'all' ? 'every screen of every bundled dataset' : "each dataset's overview"} …`)
  const lh = await lighthouseMetrics({ screens: lhScreens, log })
  const out = {
    lighthouse: lh, brotli_first_paint_kib: brotli?.first_paint_js_brotli_kib ?? null, brotli_detail: brotli,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', memory_gib: round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}`,
      loadavg_start: load0.map((x) => round(x, 2)), loadavg_end: loadavg().map((x) => round(x, 2)) },
    date: new Date().toISOString(),
  }
  writeFileSync('lighthouse-results.json', `${JSON.stringify(out, null, 2)}\n`)
  log('')
  for (const [a, b, c] of [...lighthouseRows(lh), ['first-paint JS, brotli', `${out.brotli_first_paint_kib ?? '—'} KiB`, `≤ 60 KiB: ${(out.brotli_first_paint_kib ?? 99) <= 60 ? 'met' : 'MISSED'}`]] as [string, string, string][]) {
    log(`${a.padEnd(48)}  ${b.padStart(26)}  ${c}`)
  }
  log(`\n${out.machine.cpus} × ${out.machine.cpu}; load ${out.machine.loadavg_start.join(' ')} → ${out.machine.loadavg_end.join(' ')}\nwrote lighthouse-results.json`)
  process.exit(0)
}
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d
const load0 = loadavg()
if (lighthouseOnly) await lighthousePart()

if (!existsSync(file)) {
  log(`generating ${file} (3,000 departments × 10 years, seed 42) …`)
  generate(parseArgs(['--out', file]))
}
const csvBytes = statSync(file).size
const mb = csvBytes / 1e6

log(`ingest once to measure the heap it holds …`)
const hold = await ingestAndHold(file)
const heapMb = hold.heapBytes / 1e6
log(`timing parsers (${flag('--rounds', 7)} rounds each, alternating) …`)
const parse = await timeParsers(file, flag('--rounds', 7), log)
log(`timing ${flag('--clicks', 300)} drill clicks on ${hold.rows.toLocaleString('en')} rows …`)
const q = timeQueries(hold.store, flag('--clicks', 300))

const ingestMs = quantile(parse.ingestMs, 0.5)
const papaMs = quantile(parse.papaMs, 0.5)
let buildNote: string | null = null
if (argv.includes('--build') || !existsSync('dist/index.html')) {
  try {
    execSync('npm run build', { stdio: 'inherit' })
  } catch {
    buildNote = 'npm run build failed: brotli sizes not measured'
  }
}
let brotli: ReturnType<typeof brotliSizes> = null
try {
  brotli = brotliSizes('dist')
} catch (e) {
  buildNote = `dist/ could not be read (being rebuilt?): ${(e as Error).message}` // sizes stay null
}
const browser = await browserMetrics(file)
const lighthouse = withLighthouse ? await lighthouseMetrics({ screens: lhScreens, log }) : null

const results = {
  ingest_mb_s: round(mb / (ingestMs / 1000)),
  papaparse_raw_mb_s: round(mb / (papaMs / 1000)),
  ingest_vs_papaparse: round(papaMs / ingestMs, 2),
  ingest_vs_papaparse_per_round: parse.ingestMs.map((ms, r) => round(parse.papaMs[r]! / ms, 2)),
  ingest_mb_s_best: round(mb / (Math.min(...parse.ingestMs) / 1000)),
  // first run in the process (cold JIT), as an import in a fresh browser worker is
  ingest_mb_s_first: round(mb / (hold.ms / 1000)),
  papaparse_raw_mb_s_first: round(mb / (parse.papaMs[0]! / 1000)),
  papaparse_raw_mb_s_best: round(mb / (Math.min(...parse.papaMs) / 1000)),
  decode_only_mb_s: round(mb / (quantile(parse.decodeMs, 0.5) / 1000)),
  drill_ms_p50: round(quantile(q.click, 0.5), 2),
  drill_ms_p95: round(quantile(q.click, 0.95), 2),
  city_drill_ms_p95: round(quantile(q.cityDrill, 0.95), 2),
  compare_ms_p95: round(quantile(q.compare, 0.95), 2),
  department_drill_ms_p95: round(quantile(q.departmentDrill, 0.95), 3),
  heap_mb: round(heapMb),
  csv_mb: round(mb),
  rows: hold.rows,
  papaparse_rows: parse.papaRows,
  ...browser,
  brotli_first_paint_kib: brotli?.first_paint_js_brotli_kib ?? null,
  brotli_chart_kib: brotli?.chart_chunk_brotli_kib ?? null,
  brotli_detail: brotli ?? buildNote,
  lighthouse,
  machine: {
    cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', memory_gib: round(totalmem() / 2 ** 30),
    node: process.version, platform: `${process.platform} ${process.arch}`,
    loadavg_start: load0.map((x) => round(x, 2)), loadavg_end: loadavg().map((x) => round(x, 2)),
  },
  file, date: new Date().toISOString(),
}
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`)

const rows: [string, string, string][] = [
  ['ingest (bytes → indexed store)', `${results.ingest_mb_s} MB/s`, `≥ 1.5 × PapaParse: ${results.ingest_vs_papaparse >= 1.5 ? 'met' : 'MISSED'} (${results.ingest_vs_papaparse}×)`],
  ['PapaParse raw (decoded text → string arrays)', `${results.papaparse_raw_mb_s} MB/s`, 'same file, same run'],
  ['drill click (city level + comparison) p50 / p95', `${results.drill_ms_p50} / ${results.drill_ms_p95} ms`, `${hold.rows.toLocaleString('en')} rows`],
  ['heap held after ingest', `${results.heap_mb} MB`, `≤ CSV ${results.csv_mb} MB: ${heapMb <= mb ? 'met' : 'MISSED'}`],
  ['first-paint JS, brotli', `${results.brotli_first_paint_kib ?? '—'} KiB`, results.brotli_first_paint_kib === null ? buildNote ?? 'no dist/' : `≤ 60 KiB: ${results.brotli_first_paint_kib <= 60 ? 'met' : 'MISSED'}`],
  ['chart chunk (ECharts), brotli', `${results.brotli_chart_kib ?? '—'} KiB`, results.brotli_chart_kib === null ? 'not found' : `≤ 230 KiB: ${results.brotli_chart_kib <= 230 ? 'met' : 'MISSED'}`],
  ...browserRows(),
  ...(lighthouse ? lighthouseRows(lighthouse) : []),
]
function browserRows(): [string, string, string][] {
  const b = browser
  const ms = (x: number | null) => (x === null ? '—' : `${x} ms`)
  const verdict = (x: number | null, max: number) => (x === null ? b.browser_note ?? 'not measured' : `≤ ${max} ms: ${x <= max ? 'met' : 'MISSED'}`)
  return [
    ['first chart painted (Chromium, bundled data)', ms(b.first_chart_ms), b.first_chart_ms === null ? b.browser_note ?? 'not measured' : 'median of cold loads'],
    ['longest main-thread task, 100 MB import (worker)', ms(b.import_longest_task_ms), verdict(b.import_longest_task_ms, 50)],
    ['  the same from a Chromium trace (all tasks)', ms(b.import_trace_longest_task_ms), verdict(b.import_trace_longest_task_ms, 50)],
    ['  its CPU time (trace tdur; load inflates it less)', ms(b.import_longest_task_cpu_ms), verdict(b.import_longest_task_cpu_ms, 50)],
    ['longest task adding it to the city view', ms(b.import_commit_longest_task_ms), verdict(b.import_commit_longest_task_ms, 50)],
    ['  its CPU time', ms(b.import_commit_longest_task_cpu_ms), verdict(b.import_commit_longest_task_cpu_ms, 50)],
    ['drill click → painted, p95', ms(b.drill_paint_ms_p95), verdict(b.drill_paint_ms_p95, 100)],
  ]
}
const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))]
log('')
for (const [a, b, c] of rows) log(`${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}  ${c}`)
log(`\n${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memory_gib} GiB, Node ${results.machine.node}; load ${results.machine.loadavg_start.join(' ')} → ${results.machine.loadavg_end.join(' ')}`)
log('wrote bench-results.json')
