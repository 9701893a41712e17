/**
 * FactColumns across boundaries: postMessage with transferred buffers (worker → page) and IndexedDB
 * (structured clone of the same plain object). `unpackColumns` checks what comes back before use.
 */
import type { FactColumns } from './facts-columns'
import { FACTS_VERSION } from './facts-builder'
import { TABLE_KINDS } from './types'

export type PackedColumns = FactColumns

const TYPED = {
  department: Uint32Array,
  year: Uint16Array,
  table: Uint8Array,
  code: Uint32Array,
  measure: Uint16Array,
  value: Float64Array,
  precision: Uint8Array,
  line: Uint32Array,
  file: Uint16Array,
  source: Uint32Array,
} as const
const STRINGS = ['departments', 'codes', 'codeNames', 'measures', 'sources', 'files'] as const

type TypedKey = keyof typeof TYPED

/** The buffers to list as transferables. Each column is made to own its buffer exactly (no shared or oversized ones). */
function columnBuffers(c: FactColumns): ArrayBuffer[] {
  const seen = new Set<ArrayBufferLike>()
  for (const key of Object.keys(TYPED) as TypedKey[]) {
    let col = c[key]
    if (col.byteOffset !== 0 || col.byteLength !== col.buffer.byteLength || seen.has(col.buffer)) {
      col = col.slice()
      ;(c as unknown as Record<string, unknown>)[key] = col
    }
    seen.add(col.buffer)
  }
  const g = c.datasets
  if (g) {
    for (const key of ['department', 'year', 'start'] as const) {
      if (g[key].byteOffset !== 0 || g[key].byteLength !== g[key].buffer.byteLength || seen.has(g[key].buffer)) {
        ;(g as unknown as Record<string, unknown>)[key] = g[key].slice()
      }
      seen.add(g[key].buffer)
    }
  }
  return [...seen] as ArrayBuffer[]
}

/** The message to post and its transfer list. The columns are unusable on the sending side afterwards. */
export function packColumns(c: FactColumns): { columns: PackedColumns; transfer: ArrayBuffer[] } {
  const transfer = columnBuffers(c)
  return { columns: c, transfer }
}

/**
 * Check a received or stored object and return it typed; throws an Error naming the first problem.
 * `deep` (default) also checks every row's dictionary indices and dataset ranges: use it for what comes
 * from storage; our own worker's answer needs only the shape check (`deep: false`).
 */
export function unpackColumns(data: unknown, { deep = true } = {}): FactColumns {
  if (typeof data !== 'object' || data === null) throw new Error('事实列：不是对象')
  const o = data as Record<string, unknown>
  if (o.version !== FACTS_VERSION) throw new Error(`事实列：版本 ${String(o.version)}，应为 ${FACTS_VERSION}`)
  const n = o.length
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error('事实列：length 无效')
  for (const [key, ctor] of Object.entries(TYPED)) {
    const col = o[key]
    if (!(col instanceof ctor) || col.length !== n) throw new Error(`事实列：${key} 应为长度 ${n} 的 ${ctor.name}`)
  }
  for (const key of STRINGS) {
    const list = o[key]
    if (!Array.isArray(list) || list.some((s) => typeof s !== 'string')) throw new Error(`事实列：${key} 应为字符串数组`)
  }
  const c = o as unknown as FactColumns
  if (c.codeNames.length !== c.codes.length) throw new Error('事实列：codeNames 与 codes 长度不同')
  if (!deep) return c
  const bound = (key: TypedKey, max: number) => {
    if (maxOf(c[key] as Uint8Array | Uint16Array | Uint32Array) >= max) throw new Error(`事实列：${key} 超出字典范围`)
  }
  bound('table', TABLE_KINDS.length)
  bound('department', c.departments.length)
  bound('code', c.codes.length)
  bound('measure', c.measures.length)
  bound('source', c.sources.length)
  bound('file', c.files.length)
  if (c.datasets !== undefined) checkGroups(c)
  return c
}

function maxOf(a: Uint8Array | Uint16Array | Uint32Array): number {
  let m = 0
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!
  return m
}

/** `datasets` must describe the rows exactly: contiguous ranges, each of one department and year. */
function checkGroups(c: FactColumns): void {
  const g = c.datasets as unknown as Record<string, unknown>
  const { department, year, start } = g
  const fail = (what: string) => {
    throw new Error(`事实列：datasets ${what}`)
  }
  if (!(department instanceof Uint32Array) || !(year instanceof Uint16Array) || !(start instanceof Uint32Array)) {
    return fail('类型无效')
  }
  const count = department.length
  if (year.length !== count || start.length !== count + 1 || start[0] !== 0 || start[count] !== c.length) {
    return fail('长度无效')
  }
  for (let d = 0; d < count; d++) {
    if (start[d + 1]! < start[d]!) return fail(`第 ${d} 组范围倒序`)
    const dept = department[d]!, y = year[d]!
    for (let r = start[d]!; r < start[d + 1]!; r++) {
      if (c.department[r] !== dept || c.year[r] !== y) return fail(`第 ${r} 行不属于第 ${d} 组`)
    }
  }
}
