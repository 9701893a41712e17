/**
 * `npm run bench -- --lighthouse`: where the public is. Every screen of the bundled data through Lighthouse 12.2.3
 * (mobile defaults: Moto G Power viewport, simulated 150 ms RTT, 1.6 Mbps, 4× CPU) in Debian's Chromium, and the
 * first chart painted under the same conditions applied for real (DevTools network and CPU throttling), cold cache.
 * Production build (dist/) served by `vite preview` with brotli; never downloads a browser.
 *
 * Standalone: `npx tsx bench/lighthouse.ts [--dist DIR] [--screens all|overview] [--runs N]` prints a table and
 * writes lighthouse-results.json.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir, loadavg, cpus } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { servePreview } from './serve'
import { traced } from './browser'

const CHROMIUM = '/usr/bin/chromium'
/** the flags the issue names for Lighthouse runs on this machine */
const LH_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
/** Lighthouse's mobileSlow4G: the conditions "first chart ≤ 2.5 s" is measured under */
const SLOW_4G = { rttMs: 150, throughputKbps: 1638.4, cpuSlowdown: 4 }

/** tsx (esbuild keepNames) wraps functions in __name(): define it in the page so serialised callbacks run */
const KEEP_NAMES = 'window.__name = (f) => f'

const TARGETS = { performance: 98, lcp_ms: 1800, tbt_ms: 50, cls: 0.01, accessibility: 100, best_practices: 100, seo: 100, first_chart_slow_ms: 2500 }

export interface PageScore {
  url: string
  performance: number
  accessibility: number
  best_practices: number
  seo: number
  fcp_ms: number
  lcp_ms: number
  tbt_ms: number
  cls: number
  si_ms: number
  /** audits below 1 in the categories that must be 100, and the performance opportunities, by id */
  failing: string[]
}

interface Chrome {
  port: number
  proc: ChildProcess
  dir: string
}

async function launchChrome(): Promise<Chrome> {
  const dir = mkdtempSync(join(tmpdir(), 'lh-chrome-'))
  const proc = spawn(CHROMIUM, [...LH_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${dir}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const port = await new Promise<number>((resolve, reject) => {
    let err = ''
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${err.slice(-500)}`)), 30_000)
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString()
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    })
    proc.on('exit', (code) => reject(new Error(`chromium exited ${code}: ${err.slice(-500)}`)))
  })
  return { port, proc, dir }
}

function closeChrome(c: Chrome): void {
  c.proc.kill('SIGTERM')
  try {
    rmSync(c.dir, { recursive: true, force: true })
  } catch {
    // the profile folder is a temp dir; leaving it is harmless
  }
}

const r1 = (x: number) => Math.round(x * 10) / 10

async function score(url: string, port: number): Promise<PageScore> {
  const result = await lighthouse(url, {
    port, output: 'json', logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  if (!result) throw new Error(`lighthouse gave no result for ${url}`)
  const { categories: c, audits: a } = result.lhr
  const pct = (k: string) => Math.round((c[k]?.score ?? 0) * 100)
  const num = (k: string) => a[k]?.numericValue ?? NaN
  const failing: string[] = []
  for (const k of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of c[k]?.auditRefs ?? []) {
      const au = a[ref.id]
      if (ref.weight > 0 && au && au.score !== null && au.score < 1) failing.push(`${k}:${ref.id}`)
    }
  }
  for (const ref of c.performance?.auditRefs ?? []) {
    const au = a[ref.id]
    if (au && au.details?.type === 'opportunity' && au.score !== null && au.score < 0.9) failing.push(`perf:${ref.id}`)
  }
  if (a['runtime-error']) failing.push(`error:${a['runtime-error'].displayValue}`)
  return {
    url, performance: pct('performance'), accessibility: pct('accessibility'), best_practices: pct('best-practices'), seo: pct('seo'),
    fcp_ms: Math.round(num('first-contentful-paint')), lcp_ms: Math.round(num('largest-contentful-paint')),
    tbt_ms: Math.round(num('total-blocking-time')), cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
    si_ms: Math.round(num('speed-index')), failing,
  }
}

/**
 * Navigation to the first chart canvas painted, with the network and CPU throttled for real, cold cache each time,
 * at the Lighthouse phone viewport; the page is scrolled to the first chart panel the moment it exists.
 */
async function firstChartSlow(url: string, runs: number): Promise<{ median_ms: number; runs_ms: number[]; transferred_kb: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LH_FLAGS.filter((f) => !f.startsWith('--headless')) })
  const times: number[] = []
  let transferred = 0
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true })
      const page = await ctx.newPage()
      const cdp = await ctx.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: SLOW_4G.rttMs, downloadThroughput: (SLOW_4G.throughputKbps * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown })
      await page.addInitScript(KEEP_NAMES)
      await page.addInitScript(() => {
        const w = window as unknown as { __firstChart: number | null }
        w.__firstChart = null
        let scrolled = false
        const check = () => {
          // the reader goes straight to the first chart (on a phone it starts below the fold, and draws when seen)
          const box = document.querySelector('.chart-box')
          if (box && !scrolled) {
            scrolled = true
            box.scrollIntoView({ block: 'center' })
          }
          if (document.querySelector('.chart-box canvas')) requestAnimationFrame(() => requestAnimationFrame(() => (w.__firstChart = performance.now())))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      })
      await page.goto(url)
      await page.waitForFunction(() => (window as unknown as { __firstChart: number | null }).__firstChart !== null, null, { timeout: 60_000 })
      times.push(await page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart))
      transferred = await page.evaluate(() =>
        [performance.getEntriesByType('navigation'), performance.getEntriesByType('resource')].flat()
          .reduce((s, e) => s + ((e as PerformanceResourceTiming).transferSize || 0), 0))
      await ctx.close()
    }
  } finally {
    await browser.close()
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { median_ms: Math.round(sorted[Math.floor(sorted.length / 2)]!), runs_ms: times.map(Math.round), transferred_kb: r1(transferred / 1024) }
}

/**
 * Each route loaded once more at the phone viewport, unthrottled, with a trace: the longest main-thread task's CPU
 * time. A loaded machine inflates wall times (and so Lighthouse's simulated TBT, which is built on them) several
 * times over; CPU time much less, so this shows whether a long task is real work or waiting for a core.
 */
async function loadCpu(urls: string[]): Promise<{ url: string; longest_task_cpu_ms: number; longest_task_wall_ms: number }[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LH_FLAGS.filter((f) => !f.startsWith('--headless')) })
  const out = []
  try {
    for (const url of urls) {
      const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true })
      const page = await ctx.newPage()
      const r = await traced(browser, page, async () => {
        await page.goto(url)
        await page.waitForSelector('main[data-state="ready"]', { timeout: 60_000 })
        await page.waitForTimeout(3000)
      })
      out.push({ url, longest_task_cpu_ms: Math.round(r.cpu), longest_task_wall_ms: Math.round(r.wall) })
      await ctx.close()
    }
  } finally {
    await browser.close()
  }
  return out
}

export interface LighthouseMetrics {
  pages: PageScore[]
  /** the longest main-thread task of each dataset's overview load, CPU and wall time (see loadCpu) */
  load_cpu: { url: string; longest_task_cpu_ms: number; longest_task_wall_ms: number }[]
  worst: Omit<PageScore, 'url' | 'failing'>
  first_chart_slow_ms: number
  first_chart_slow_runs_ms: number[]
  first_chart_transferred_kb: number
  loadavg_start: number[]
  loadavg_end: number[]
  note?: string
}

const SCREENS = ['overview', 'drill', 'yoy', 'reform', 'budget', 'procurement', 'threePublic', 'performance', 'audit', 'portal', 'import']
const DATASETS = ['zhuzhou-xzsp-2024', 'putuo-guihua-2024', 'putuo-wenlv-2025']

/** The routes Lighthouse visits: every screen of every bundled dataset (`all`), or each dataset's overview. */
function routes(which: 'all' | 'overview'): string[] {
  if (which === 'overview') return DATASETS.map((d) => `#/${d}/overview`)
  return DATASETS.flatMap((d) => SCREENS.map((s) => `#/${d}/${s}`))
}

export async function lighthouseMetrics(opts: { dist?: string; screens?: 'all' | 'overview'; runs?: number; log?: (s: string) => void } = {}): Promise<LighthouseMetrics | { note: string }> {
  const dist = opts.dist ?? 'dist'
  const log = opts.log ?? (() => {})
  if (!existsSync(CHROMIUM)) return { note: `${CHROMIUM} missing: apt-get install chromium` }
  if (!existsSync(join(dist, 'index.html'))) return { note: `${dist}/ missing: npm run build` }
  const load0 = loadavg()
  const server = await servePreview(dist)
  const chrome = await launchChrome()
  try {
    const pages: PageScore[] = []
    for (const r of routes(opts.screens ?? 'all')) {
      const s = await score(`${server.url}${r}`, chrome.port)
      log(`  ${r.padEnd(36)} perf ${s.performance} · LCP ${s.lcp_ms} ms · TBT ${s.tbt_ms} ms · CLS ${s.cls} · a11y ${s.accessibility} · BP ${s.best_practices} · SEO ${s.seo}${s.failing.length ? ` · ${s.failing.join(' ')}` : ''}`)
      pages.push({ ...s, url: r })
    }
    const cpu = await loadCpu(DATASETS.map((d) => `${server.url}#/${d}/overview`))
    for (const c of cpu) log(`  ${c.url.replace(server.url, '').padEnd(36)} longest main-thread task: ${c.longest_task_cpu_ms} ms CPU (${c.longest_task_wall_ms} ms wall), unthrottled`)
    const slow = await firstChartSlow(`${server.url}#/${DATASETS[0]}/overview`, opts.runs ?? 3)
    log(`  first chart at ${SLOW_4G.rttMs} ms RTT / ${SLOW_4G.throughputKbps} kbps / ${SLOW_4G.cpuSlowdown}× CPU: ${slow.median_ms} ms (runs ${slow.runs_ms.join(', ')}; ${slow.transferred_kb} KiB transferred)`)
    const min = (k: 'performance' | 'accessibility' | 'best_practices' | 'seo') => Math.min(...pages.map((p) => p[k]))
    const max = (k: 'fcp_ms' | 'lcp_ms' | 'tbt_ms' | 'cls' | 'si_ms') => Math.max(...pages.map((p) => p[k]))
    return {
      pages,
      load_cpu: cpu,
      worst: {
        performance: min('performance'), accessibility: min('accessibility'), best_practices: min('best_practices'), seo: min('seo'),
        fcp_ms: max('fcp_ms'), lcp_ms: max('lcp_ms'), tbt_ms: max('tbt_ms'), cls: max('cls'), si_ms: max('si_ms'),
      },
      first_chart_slow_ms: slow.median_ms,
      first_chart_slow_runs_ms: slow.runs_ms,
      first_chart_transferred_kb: slow.transferred_kb,
      loadavg_start: load0.map((x) => Math.round(x * 100) / 100),
      loadavg_end: loadavg().map((x) => Math.round(x * 100) / 100),
    }
  } finally {
    closeChrome(chrome)
    await server.close()
  }
}

/** The verdict lines of the Lighthouse part, for the bench's table. */
export function lighthouseRows(m: LighthouseMetrics | { note: string }): [string, string, string][] {
  if (!('pages' in m)) return [['Lighthouse (mobile)', '—', m.note]]
  const w = m.worst
  const v = (ok: boolean) => (ok ? 'met' : 'MISSED')
  return [
    [`Lighthouse mobile, worst of ${m.pages.length} screens: Performance`, String(w.performance), `≥ ${TARGETS.performance}: ${v(w.performance >= TARGETS.performance)}`],
    ['  LCP / TBT / CLS (worst)', `${w.lcp_ms} ms / ${w.tbt_ms} ms / ${w.cls}`, `≤ 1800 ms / ≤ 50 ms / ≤ 0.01: ${v(w.lcp_ms <= TARGETS.lcp_ms)} / ${v(w.tbt_ms <= TARGETS.tbt_ms)} / ${v(w.cls <= TARGETS.cls)}`],
    ['  Accessibility / Best Practices / SEO (worst)', `${w.accessibility} / ${w.best_practices} / ${w.seo}`, `100 each: ${v(w.accessibility === 100 && w.best_practices === 100 && w.seo === 100)}`],
    ['first chart, 150 ms RTT / 1.6 Mbps / 4× CPU', `${m.first_chart_slow_ms} ms`, `≤ 2500 ms: ${v(m.first_chart_slow_ms <= TARGETS.first_chart_slow_ms)} (${m.first_chart_transferred_kb} KiB)`],
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2)
  const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
  const m = await lighthouseMetrics({ dist: arg('--dist'), screens: arg('--screens') === 'overview' ? 'overview' : 'all', runs: Number(arg('--runs') ?? 3), log: console.log })
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version }
  writeFileSync('lighthouse-results.json', `${JSON.stringify({ ...m, machine, date: new Date().toISOString() }, null, 2)}\n`)
  for (const [a, b, c] of lighthouseRows(m)) console.log(`${a.padEnd(48)} ${b.padStart(24)}  ${c}`)
  if ('loadavg_start' in m) console.log(`${machine.cpus} × ${machine.cpu}, Node ${machine.node}; load ${m.loadavg_start.join(' ')} → ${m.loadavg_end.join(' ')}`)
}
