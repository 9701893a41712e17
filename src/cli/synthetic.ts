/**
 * Deterministic synthetic scale data in the bulk layout (docs/BULK.md): N departments × Y years of
 * 支出决算表 (total/basic/project per 类/款/项 and the 合计 row) and 收入决算表 rows. Departments are named
 * "合成市第N局"-style and every row's source says `synthetic`: this is test data, never a real report.
 * Real 类 and 款 codes come from classification.ts; 项 codes under them are generated.
 * Pure: yields CSV text chunks (header first, then one chunk per department-year).
 */
import { CLASS_NAMES, SECTION_NAMES } from '../model/classification'

export interface SyntheticOptions {
  departments: number
  years: number
  seed: number
  lastYear?: number // default 2024
}

export const SYNTHETIC_HEADER = 'department,year,table,code,name,measure,value,unit,source\n'

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Item { code: string; name: string; weight: number; projectShare: number }
interface Profile { name: string; scale: number; growth: number; items: Item[] }

const KINDS = ['局', '委员会', '办公室', '中心', '服务中心', '事务所', '管理处']
const MAIN_CLASSES = ['201', '201', '201', '204', '205', '206', '207', '211', '212', '213', '214', '215', '216', '220', '224']
const ITEM_SUFFIXES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '50', '99']
const SECTIONS_BY_CLASS = new Map<string, string[]>()
for (const code of Object.keys(SECTION_NAMES)) {
  const list = SECTIONS_BY_CLASS.get(code.slice(0, 3)) ?? []
  list.push(code)
  SECTIONS_BY_CLASS.set(code.slice(0, 3), list)
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!
}

function sample<T>(r: () => number, list: readonly T[], n: number): T[] {
  const copy = list.slice()
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy.slice(0, Math.min(n, copy.length))
}

function itemName(section: string, suffix: string): string {
  const s = SECTION_NAMES[section] ?? section
  if (suffix === '01') return '行政运行'
  if (suffix === '02') return '一般行政管理事务'
  if (suffix === '03') return '机关服务'
  if (suffix === '50') return '事业运行'
  if (suffix === '99') return `其他${s.replace(/(事务|支出)$/, '')}支出`
  return `${s.replace(/(事务|支出)$/, '')}专项${suffix}`
}

/** Common 项 of the personnel classes every unit prints (社保缴费, 医疗, 住房公积金). */
const COMMON_ITEMS: ReadonlyArray<readonly [string, string, number]> = [
  ['2080505', '机关事业单位基本养老保险缴费支出', 1],
  ['2101101', '行政单位医疗', 0.5],
  ['2210201', '住房公积金', 0.4],
]

function profile(i: number, seed: number): Profile {
  const r = rng(seed * 7919 + i * 104729)
  const kind = pick(r, KINDS)
  const name = i % 997 === 0 ? `合成市第${i + 1}${kind}（综合,试点）` : `合成市第${i + 1}${kind}`
  const items: Item[] = []
  const main = pick(r, MAIN_CLASSES)
  for (const section of sample(r, SECTIONS_BY_CLASS.get(main) ?? [], r() < 0.15 ? 2 : 1)) {
    for (const suffix of sample(r, ITEM_SUFFIXES, 1 + Math.floor(r() * 2)).sort()) {
      const projectShare = suffix === '01' || suffix === '03' ? r() * 0.1 : 0.3 + r() * 0.7
      items.push({ code: section + suffix, name: itemName(section, suffix), weight: 1 + r() * 4, projectShare })
    }
  }
  for (const [code, itemName, p] of COMMON_ITEMS) {
    if (r() < p) items.push({ code, name: itemName, weight: 0.2 + r() * 0.3, projectShare: 0 })
  }
  items.sort((a, b) => (a.code < b.code ? -1 : 1))
  return { name, scale: 100 * Math.exp(r() * 4.5), growth: 0.97 + r() * 0.1, items }
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

function money(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const c = Math.abs(cents)
  const frac = c % 100
  return `${sign}${Math.floor(c / 100)}.${frac < 10 ? '0' : ''}${frac}`
}

/** One department-year as CSV lines (expenditure by 类/款/项 and total, then income). */
function datasetChunk(p: Profile, dept: string, year: number, yearIndex: number, seed: number, deptIndex: number): string {
  const r = rng((seed ^ Math.imul(deptIndex + 1, 0x9e3779b1) ^ Math.imul(year, 0x85ebca6b)) >>> 0)
  const size = p.scale * p.growth ** yearIndex
  const sums = new Map<string, [number, number]>() // code → [basic, project] in cents (万元 × 100)
  const add = (code: string, b: number, pr: number) => {
    const s = sums.get(code)
    if (s) {
      s[0] += b
      s[1] += pr
    } else sums.set(code, [b, pr])
  }
  const names = new Map<string, string>()
  const totalWeight = p.items.reduce((n, it) => n + it.weight, 0)
  const kept = p.items.filter((_, i) => i === 0 || r() >= 0.04) // not every 项 every year
  for (const it of kept) {
    const cents = Math.round((size * it.weight * (0.85 + r() * 0.3) * 100) / totalWeight)
    const project = Math.round(cents * it.projectShare)
    names.set(it.code, it.name)
    for (const code of [it.code, it.code.slice(0, 5), it.code.slice(0, 3), '']) add(code, cents - project, project)
  }
  const prefix = `${dept},${year},`
  let out = ''
  const codes = [...sums.keys()].sort()
  for (const code of codes) {
    const [basic, project] = sums.get(code)!
    const name = code === '' ? '合计' : (names.get(code) ?? (code.length === 3 ? CLASS_NAMES[code] : SECTION_NAMES[code]) ?? code)
    const row = `${prefix}expenditure,${code},${name},`
    out += `${row}total,${money(basic + project)},万元,synthetic\n`
    out += `${row}basic,${money(basic)},万元,synthetic\n`
    out += `${row}project,${money(project)},万元,synthetic\n`
  }
  const [basic, project] = sums.get('')!
  const incomeTotal = Math.round((basic + project) * (0.97 + r() * 0.08))
  const fiscalTotal = Math.round(incomeTotal * (0.85 + r() * 0.15))
  const business = Math.round((incomeTotal - fiscalTotal) * r())
  const row = `${prefix}income,,合计,`
  out += `${row}total,${money(incomeTotal)},万元,synthetic\n${row}fiscal,${money(fiscalTotal)},万元,synthetic\n`
  out += `${row}business,${money(business)},万元,synthetic\n${row}other,${money(incomeTotal - fiscalTotal - business)},万元,synthetic\n`
  return out
}

export function* syntheticBulk(o: SyntheticOptions): Generator<string> {
  const lastYear = o.lastYear ?? 2024
  const profiles = Array.from({ length: o.departments }, (_, i) => profile(i, o.seed))
  const names = profiles.map((p) => csvField(p.name))
  yield SYNTHETIC_HEADER
  for (let y = 0; y < o.years; y++) {
    const year = lastYear - o.years + 1 + y
    for (let d = 0; d < o.departments; d++) yield datasetChunk(profiles[d]!, names[d]!, year, y, o.seed, d)
  }
}
