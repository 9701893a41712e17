/**
 * Browser half of `npm run bench`, on the production build (dist/) served by `vite preview`, in Debian's
 * Chromium through playwright-core:
 * - first_chart_ms: navigation start to the first chart canvas painted (two animation frames after it
 *   appears), bundled data, median of 5 cold loads;
 * - import_longest_task_ms: longest main-thread task (PerformanceObserver 'longtask', ≥ 50 ms are reported
 *   by the browser; 0 = none) from choosing the 100 MB bulk file to its preview, parsing in the worker;
 *   import_trace_longest_task_ms: the same read from a Chromium trace of the renderer's main thread, which also
 *   sees tasks the longtask API does not report (e.g. reading a File into an ArrayBuffer, which Chromium does on
 *   the main thread: why the page hands the worker the File unread);
 *   import_longest_task_cpu_ms: the CPU time of that task (trace `tdur`): what a quiet machine would take, nearly;
 *   import_commit_longest_task_ms (and _cpu_ms): the same while adding it to the whole-city store and drawing it.
 *   The page is watched by polling from Node in tasks of their own, never by waitForSelector: Playwright's
 *   selector waits run inside the page's own tasks on every DOM change and force a layout there, which made
 *   earlier runs report the harness's work as the app's (0, 147 and 272 ms in three runs);
 * - drill_paint_ms_p95: click on a drill row of the whole-city screen to the new level painted, at that size,
 *   from an idle page (400 ms between clicks, as a reader pauses; the ranking and series of a click settle after
 *   its chart is painted); the first 4 clicks warm the JIT and are not counted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { preview } from 'vite'

export interface BrowserMetrics {
  first_chart_ms: number | null
  import_longest_task_ms: number | null
  import_trace_longest_task_ms: number | null
  /** CPU time of the longest main-thread task in the trace (load on the machine inflates it far less than wall time) */
  import_longest_task_cpu_ms: number | null
  import_commit_longest_task_cpu_ms: number | null
  import_commit_longest_task_ms: number | null
  drill_paint_ms_p95: number | null
  drill_paint_ms_p50: number | null
  drill_paint_clicks: number
  browser_note?: string
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
const SEED = 'zhuzhou-xzsp-2024'
/** tsx (esbuild keepNames) wraps functions in __name(): define it in the page so serialised callbacks run */
const KEEP_NAMES = 'window.__name = (f) => f'

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN
}
const round = (x: number) => Math.round(x * 10) / 10

/** Records long tasks and the time the first chart canvas was painted. */
function instrument(): void {
  const w = window as unknown as { __long: number[]; __firstChart: number | null }
  w.__long = []
  w.__firstChart = null
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true })
  const mo = new MutationObserver(() => {
    if (w.__firstChart === null && document.querySelector('.chart-box canvas')) {
      w.__firstChart = -1
      requestAnimationFrame(() => requestAnimationFrame(() => (w.__firstChart = performance.now())))
      mo.disconnect()
    }
  })
  document.addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true }))
}

/** Wait for `selector` by asking the page every 200 ms, each ask a task of its own (see the header). */
async function poll(page: Page, selector: string, timeout = 600_000): Promise<void> {
  const end = Date.now() + timeout
  while (!(await page.evaluate((s) => !!document.querySelector(s), selector))) {
    if (Date.now() > end) throw new Error(`${selector} did not appear within ${timeout} ms`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/**
 * The longest top-level task on the renderer's main thread in a Chromium trace: wall time, and the CPU time the
 * thread spent in it (`tdur`), which a busy machine inflates far less than wall time (ms).
 */
function traceLongest(path: string): { wall: number; cpu: number } {
  const events: { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] = JSON.parse(readFileSync(path, 'utf8')).traceEvents
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const out = { wall: 0, cpu: 0 }
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !main.has(`${e.pid}:${e.tid}`)) continue
    out.wall = Math.max(out.wall, (e.dur ?? 0) / 1000)
    out.cpu = Math.max(out.cpu, (e.tdur ?? 0) / 1000)
  }
  return out
}

/** Run `step` with the page traced; the longest main-thread task in it. */
export async function traced(browser: Browser, page: Page, step: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-trace-'))
  const path = join(dir, 'trace.json')
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'toplevel'] })
  try {
    await step()
  } finally {
    await browser.stopTracing()
  }
  const r = traceLongest(path)
  rmSync(dir, { recursive: true, force: true })
  return r
}

async function longest(page: Page, reset = false): Promise<number> {
  return page.evaluate((r) => {
    const w = window as unknown as { __long: number[] }
    const m = Math.max(0, ...w.__long)
    if (r) w.__long = []
    return m
  }, reset)
}

export async function browserMetrics(bulkFile?: string): Promise<BrowserMetrics> {
  const none: BrowserMetrics = { first_chart_ms: null, import_longest_task_ms: null, import_trace_longest_task_ms: null, import_longest_task_cpu_ms: null, import_commit_longest_task_cpu_ms: null, import_commit_longest_task_ms: null, drill_paint_ms_p95: null, drill_paint_ms_p50: null, drill_paint_clicks: 0 }
  if (!existsSync('/usr/bin/chromium')) return { ...none, browser_note: '/usr/bin/chromium missing: apt-get install chromium' }
  if (!existsSync('dist/index.html')) return { ...none, browser_note: 'dist/ missing: npm run build' }
  const server = await preview({ preview: { port: 4399, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' })
  const url = server.resolvedUrls!.local[0]!
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS })
  const out = { ...none }
  try {
    const firsts: number[] = []
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext()
      const page = await ctx.newPage()
      await page.addInitScript(KEEP_NAMES)
      await page.addInitScript(instrument)
      await page.goto(`${url}#/${SEED}/overview`)
      await page.waitForFunction(() => ((window as unknown as { __firstChart: number | null }).__firstChart ?? -1) > 0, null, { timeout: 30_000 })
      firsts.push(await page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart))
      await ctx.close()
    }
    out.first_chart_ms = round(quantile(firsts, 0.5))
    if (!bulkFile || !existsSync(bulkFile)) return { ...out, browser_note: 'no bulk file: import and drill not measured' }

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await ctx.newPage()
    await page.addInitScript(KEEP_NAMES)
    await page.addInitScript(instrument)
    await page.goto(`${url}#/${SEED}/import`)
    await poll(page, '[data-testid="file-input"]')
    await page.waitForTimeout(1000)
    await longest(page, true)
    const imported = await traced(browser, page, async () => {
      await page.setInputFiles('[data-testid="file-input"]', [bulkFile])
      await poll(page, '[data-testid="import-add-bulk"]')
      await page.waitForTimeout(300)
    })
    out.import_longest_task_ms = round(await longest(page, true))
    out.import_trace_longest_task_ms = round(imported.wall)
    out.import_longest_task_cpu_ms = round(imported.cpu)
    const committed = await traced(browser, page, async () => {
      await page.click('[data-testid="import-add-bulk"]')
      await poll(page, '[data-panel="portalDrill"] button[data-drill]')
      await page.waitForTimeout(500)
    })
    out.import_commit_longest_task_ms = round(await longest(page, true))
    out.import_commit_longest_task_cpu_ms = round(committed.cpu)

    const clicks: number[] = []
    const WARMUP = 4 // first clicks compile the code paths (JIT); not counted
    for (let i = 0; i < 32; i++) {
      // down into the biggest class, then back up through the breadcrumb: both are drill recomputes + repaints
      for (const sel of ['[data-panel="portalDrill"] button[data-drill]', '.breadcrumb button[data-crumb="0"]']) {
        const ms = await page.evaluate(async (s) => {
          const before = location.hash
          const el = document.querySelector<HTMLElement>(s)
          if (!el) return NaN
          const t0 = performance.now()
          el.click()
          await new Promise<void>((resolve) => {
            const check = () => (location.hash !== before ? requestAnimationFrame(() => requestAnimationFrame(() => resolve())) : requestAnimationFrame(check))
            check()
          })
          return performance.now() - t0
        }, sel)
        if (Number.isFinite(ms)) clicks.push(ms)
        await poll(page, '[data-panel="portalDrill"] button[data-drill]')
        await page.waitForTimeout(400) // a reader's pause: the ranking and series of the last click settle first

      }
    }
    const counted = clicks.slice(WARMUP)
    out.drill_paint_clicks = counted.length
    out.drill_paint_ms_p95 = round(quantile(counted, 0.95))
    out.drill_paint_ms_p50 = round(quantile(counted, 0.5))
    await ctx.close()
    return out
  } finally {
    await browser.close()
    await server.close()
  }
}
