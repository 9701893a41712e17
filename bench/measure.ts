/**
 * The Node measurements of `npm run bench`: end-to-end ingest of the bulk file, PapaParse on the same file,
 * heap held by the resulting store, and query times at that size. Timed runs alternate between the two
 * parsers so load from elsewhere on the machine falls on both alike; each run starts after a full GC.
 */
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { decodeBytes } from '../src/import/decode'
import { ingestBulkFiles } from '../src/import/bulk/ingest'
import { compareDepartments, drill, indexFacts, type FactStore } from '../src/model/facts'
import { rng } from '../src/cli/synthetic'

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const held = () => {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 100))

/** Full GC, and again after a pause: ArrayBuffers are freed by the sweeper, a little later than the GC. */
async function settle(): Promise<void> {
  gc()
  await pause()
  gc()
}

/** Ingest once (bytes → decoded → parsed → typed → indexed) and keep only the store: heap held in bytes. */
export async function ingestAndHold(path: string): Promise<{ store: FactStore; heapBytes: number; ms: number; rows: number; problems: number }> {
  await settle()
  const before = held()
  // the file's bytes live only inside this closure, so they are garbage once it returns
  const { store, ms, problems } = (() => {
    const bytes = new Uint8Array(readFileSync(path))
    const t = performance.now()
    const result = ingestBulkFiles([{ name: path, bytes }])
    return { store: indexFacts(result.columns).store, ms: performance.now() - t, problems: result.problems.length }
  })()
  await settle()
  return { store, heapBytes: held() - before, ms, rows: store.columns.length, problems }
}

export interface ParseTimes {
  ingestMs: number[]
  papaMs: number[]
  papaRows: number
  decodeMs: number[]
}

function runIngest(path: string, bytes: Uint8Array): number {
  const t = performance.now()
  indexFacts(ingestBulkFiles([{ name: path, bytes }]).columns)
  return performance.now() - t
}

function runPapa(path: string, bytes: Uint8Array): { decodeMs: number; papaMs: number; rows: number } {
  let t = performance.now()
  const decoded = decodeBytes(bytes, path)
  const decodeMs = performance.now() - t
  if (!decoded.ok) throw new Error(decoded.problem.message)
  t = performance.now()
  const parsed = Papa.parse<string[]>(decoded.text, {})
  return { decodeMs, papaMs: performance.now() - t, rows: parsed.data.length }
}

/**
 * Alternate timed runs: our ingest from bytes, and PapaParse on the text decodeBytes gives (raw: string
 * arrays, no typing; the decoding is timed apart and not counted against PapaParse). A run right after the
 * other parser's is slower (about 100 ms for ours after PapaParse's gigabyte of strings), so the order flips.
 */
export async function timeParsers(path: string, rounds: number, log: (s: string) => void): Promise<ParseTimes> {
  const bytes = new Uint8Array(readFileSync(path))
  const out: ParseTimes = { ingestMs: [], papaMs: [], papaRows: 0, decodeMs: [] }
  for (let r = 0; r < rounds; r++) {
    // ABBA order: each parser runs first in every other round, so neither always inherits the other's heap
    let ingestMs = 0
    let p: ReturnType<typeof runPapa> | null = null
    for (const which of r % 2 === 0 ? ['ingest', 'papa'] : ['papa', 'ingest']) {
      await settle()
      if (which === 'ingest') ingestMs = runIngest(path, bytes)
      else p = runPapa(path, bytes)
    }
    out.ingestMs.push(ingestMs)
    out.papaMs.push(p!.papaMs)
    out.decodeMs.push(p!.decodeMs)
    out.papaRows = p!.rows
    log(`  round ${r + 1}/${rounds}: ingest ${ingestMs.toFixed(0)} ms, PapaParse ${p!.papaMs.toFixed(0)} ms`)
  }
  return out
}

export interface QueryTimes {
  click: number[] // one drill level (whole city) + one department comparison, as one click on the portal screen
  cityDrill: number[]
  departmentDrill: number[]
  compare: number[]
}

/** Seeded random clicks over the store: year, level (total or a 类) and a department. */
export function timeQueries(store: FactStore, clicks: number, seed = 1): QueryTimes {
  const r = rng(seed)
  const { years, byYear, datasetDept } = store.index
  const classes = store.columns.codes.filter((c) => /^\d{3}$/.test(c))
  const out: QueryTimes = { click: [], cityDrill: [], departmentDrill: [], compare: [] }
  for (let i = 0; i < clicks + 20; i++) {
    const year = years[Math.floor(r() * years.length)]!
    const parent = r() < 0.3 ? null : classes[Math.floor(r() * classes.length)]!
    const list = byYear.get(year)!
    const department = store.columns.departments[datasetDept[list[Math.floor(r() * list.length)]!]!]!
    const base = { year, table: 'expenditure', measure: 'total' } as const
    let t = performance.now()
    drill(store, { ...base, parent })
    const city = performance.now() - t
    t = performance.now()
    compareDepartments(store, { ...base, code: parent ?? '' })
    const compare = performance.now() - t
    t = performance.now()
    drill(store, { ...base, department, parent })
    const dept = performance.now() - t
    if (i < 20) continue // warm-up
    out.cityDrill.push(city)
    out.compare.push(compare)
    out.click.push(city + compare)
    out.departmentDrill.push(dept)
  }
  return out
}
