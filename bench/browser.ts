/**
 * Browser half of `npm run bench` — TODO (lead): wire to the headless-Chromium harness once the UI is in place.
 * Each key stays null until measured on the production build (see docs/PERFORMANCE.md for the targets):
 * - first_chart_ms: page load to the first chart painted, bundled data
 * - import_longest_task_ms: longest main-thread task (PerformanceObserver 'longtask') while the 100 MB
 *   bulk file is imported through the worker (src/workers/client.ts)
 * - drill_paint_ms_p95: click on a drill level to the chart painted, at one million rows
 */
export interface BrowserMetrics {
  first_chart_ms: number | null
  import_longest_task_ms: number | null
  drill_paint_ms_p95: number | null
}

export async function browserMetrics(): Promise<BrowserMetrics> {
  // TODO(browser-bench): launch /usr/bin/chromium via playwright-core against `vite preview`, measure the three.
  return { first_chart_ms: null, import_longest_task_ms: null, drill_paint_ms_p95: null }
}
