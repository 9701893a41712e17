/**
 * npm run bench:floor — what the stack costs before the app adds anything, at Lighthouse's mobile CPU (4× slower than
 * this machine). Two pages built from bench/floor/ with Vite (no app code): `vue.html` starts Vue, vue-router, Pinia
 * and vue-i18n and mounts a 40-row screen; `echarts.html` draws one bar chart of the app's phone size, cold, then a
 * second one warm. Debian's Chromium, the DevTools CPU throttle at 4×, long tasks from the page's own observer,
 * median of `--runs` (default 5). Lighthouse counts every task over 50 ms towards Total Blocking Time, so these are
 * the floor under the TBT of any screen: docs/PERFORMANCE.md, "The floor of the stack".
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { chromium, type Browser } from 'playwright-core'
import { servePreview } from './serve'
import { quantile } from './measure'

const CHROMIUM = '/usr/bin/chromium'
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
const CPU_SLOWDOWN = 4
/** the page's long tasks (≥ 50 ms), observed from before its first script */
const OBSERVE = `window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration) }).observe({ type: 'longtask', buffered: true })`

export interface FloorResult {
  runs: number
  cpu_slowdown: number
  /** Vue + router + Pinia + vue-i18n, loaded and mounted: the long tasks' blocking part (Σ max(0, d − 50)) and the longest */
  vue_blocking_ms: number
  vue_longest_task_ms: number
  /** the long tasks of the last run, in order */
  vue_tasks_ms: number[]
  /** one ECharts bar chart, init + setOption, in one task: first (cold code) and a second, identical one */
  echarts_first_chart_ms: number
  echarts_second_chart_ms: number
  /** evaluating the ECharts modules (the longest load task of that page) */
  echarts_load_longest_task_ms: number
}

async function buildPages(out: string): Promise<void> {
  const root = fileURLToPath(new URL('./floor/', import.meta.url))
  await build({
    configFile: false, root, base: './', logLevel: 'silent',
    // the app's own flags and vue-i18n build (vite.config.ts)
    resolve: { alias: { 'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' } },
    define: { __VUE_I18N_FULL_INSTALL__: false, __VUE_I18N_LEGACY_API__: false, __INTLIFY_DROP_MESSAGE_COMPILER__: true, __INTLIFY_PROD_DEVTOOLS__: false, __VUE_PROD_DEVTOOLS__: false, __VUE_OPTIONS_API__: false },
    build: { outDir: out, emptyOutDir: true, target: 'es2022', modulePreload: false, rolldownOptions: { input: { vue: join(root, 'vue.html'), echarts: join(root, 'echarts.html') } } },
  })
}

async function page(browser: Browser, url: string) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true })
  await ctx.addInitScript(OBSERVE)
  const p = await ctx.newPage()
  const cdp = await ctx.newCDPSession(p)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await p.goto(url)
  await p.waitForFunction('window.floorReady === true', null, { timeout: 60_000, polling: 200 })
  await p.waitForTimeout(500)
  return { p, close: () => ctx.close() }
}

const longTasks = (p: import('playwright-core').Page) => p.evaluate('window.__long.slice()') as Promise<number[]>

export async function floorMetrics(runs = 5): Promise<FloorResult> {
  const out = mkdtempSync(join(tmpdir(), 'floor-'))
  await buildPages(out)
  const server = await servePreview(out)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  const m = { vueTasks: [] as number[], vueBlocking: [] as number[], vueLongest: [] as number[], first: [] as number[], second: [] as number[], ecLoad: [] as number[] }
  try {
    for (let i = 0; i < runs; i++) {
      const vue = await page(browser, `${server.url}vue.html`)
      const tasks = await longTasks(vue.p)
      m.vueBlocking.push(tasks.reduce((s, d) => s + Math.max(0, d - 50), 0))
      m.vueLongest.push(Math.max(0, ...tasks))
      m.vueTasks = tasks.map(Math.round)
      await vue.close()
      const ec = await page(browser, `${server.url}echarts.html`)
      m.ecLoad.push(Math.max(0, ...(await longTasks(ec.p))))
      m.first.push((await ec.p.evaluate('window.floorDraw()')) as number)
      m.second.push((await ec.p.evaluate('window.floorDraw()')) as number)
      await ec.close()
    }
  } finally {
    await browser.close()
    await server.close()
    rmSync(out, { recursive: true, force: true })
  }
  const med = (xs: number[]) => Math.round(quantile(xs, 0.5))
  return {
    runs, cpu_slowdown: CPU_SLOWDOWN,
    vue_blocking_ms: med(m.vueBlocking), vue_longest_task_ms: med(m.vueLongest), vue_tasks_ms: m.vueTasks,
    echarts_first_chart_ms: med(m.first), echarts_second_chart_ms: med(m.second), echarts_load_longest_task_ms: med(m.ecLoad),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs')
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 5
  const load0 = loadavg()
  const r = await floorMetrics(runs)
  const rows: [string, number][] = [
    ['Vue + router + Pinia + vue-i18n, 40-row screen: blocking time (Σ over 50 ms)', r.vue_blocking_ms],
    ['  its longest task', r.vue_longest_task_ms],
    ['ECharts modules evaluated: longest load task', r.echarts_load_longest_task_ms],
    ['one bar chart (8 × 2 bars), first: init + setOption, one task', r.echarts_first_chart_ms],
    ['  a second, identical chart (warm code)', r.echarts_second_chart_ms],
  ]
  console.log(`The floor of the stack at ${r.cpu_slowdown}× CPU, median of ${r.runs} runs (Lighthouse's TBT target: ≤ 50 ms in all)`)
  for (const [k, v] of rows) console.log(`${k.padEnd(80)} ${String(v).padStart(5)} ms`)
  console.log(`the Vue page's long tasks (last run): ${r.vue_tasks_ms.join(', ')} ms`)
  console.log(`${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; load ${load0.map((x) => x.toFixed(2)).join(' ')} → ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
}
