/**
 * Brotli sizes of the production build (run `npm run build` first): the JS needed for first paint — the
 * entry chunk of dist/index.html and everything it imports statically, transitively — and the chunk that
 * holds ECharts (found by a string only ECharts carries). Dynamic `import()` chunks are not first paint.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'

export interface BrotliSizes {
  first_paint_js_brotli_kib: number
  first_paint_files: string[]
  chart_chunk_brotli_kib: number | null
  chart_chunk: string | null
  /** true when the ECharts chunk is among the first-paint files (it should load lazily) */
  chart_in_first_paint: boolean
}

const ECHARTS_MARK = '_echarts_instance_'
const STATIC_IMPORT = /\bimport\s*(?!\s*\()(?:[^'";]*?\bfrom\s*)?["']([^"']+\.js)["']/g

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const brotli = (buf: Buffer) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

export function brotliSizes(dist: string): BrotliSizes | null {
  const html = join(dist, 'index.html')
  if (!existsSync(html)) return null
  const page = readFileSync(html, 'utf8')
  const entries = [...page.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!)
  const preloads = [...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
  const files = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return
    files.add(file)
    const code = readFileSync(file, 'utf8')
    for (const m of code.matchAll(STATIC_IMPORT)) if (m[1]!.startsWith('.')) visit(join(dirname(file), m[1]!))
  }
  for (const src of [...entries, ...preloads]) visit(join(dist, src))
  let firstPaint = 0
  for (const f of files) firstPaint += brotli(readFileSync(f))
  const assets = join(dist, 'assets')
  let chart: { file: string; size: number } | null = null
  for (const name of existsSync(assets) ? readdirSync(assets) : []) {
    if (!name.endsWith('.js')) continue
    const buf = readFileSync(join(assets, name))
    if (!buf.includes(ECHARTS_MARK)) continue
    const size = brotli(buf)
    if (!chart || size > chart.size) chart = { file: join(assets, name), size }
  }
  return {
    first_paint_js_brotli_kib: kib(firstPaint),
    first_paint_files: [...files].map((f) => relative(dist, f)),
    chart_chunk_brotli_kib: chart ? kib(chart.size) : null,
    chart_chunk: chart ? relative(dist, chart.file) : null,
    chart_in_first_paint: chart ? files.has(chart.file) : false,
  }
}
