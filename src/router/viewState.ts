/**
 * The view the URL holds, as plain data: `#/<dataset>/<screen>?path=201.20102&tables=drill&unit=元&lang=en&embed=1&decal=1&present=1`.
 * The route is the only view state: components read it through `useView()` (router/useView.ts), which derives
 * everything from `parseView` below; nothing mirrors it. No Vue import: the parsing is tested in Node.
 */
import type { DisplayUnit, Locale } from '@/model/format'

export const SCREENS = ['overview', 'drill', 'yoy', 'reform', 'budget', 'procurement', 'threePublic', 'performance', 'audit', 'briefing', 'portal', 'import', 'item'] as const
export type Screen = (typeof SCREENS)[number]

/** the `extra` key holding the row or figure a finding landed on (composables/useLanding.ts) */
export const FOCUS = 'focus'

const UNITS: readonly DisplayUnit[] = ['元', '万元', '亿元']
/** query keys with a meaning of their own; every other short alphabetic key is a screen's own (`extra`) */
const MANAGED = new Set(['path', 'tables', 'unit', 'lang', 'embed', 'decal', 'present'])

export interface ViewState {
  datasetId: string | null
  screen: Screen
  /** drill path: classification codes from 类 down */
  path: string[]
  /** panels shown as a table instead of a chart, by panel id */
  tables: string[]
  unit: DisplayUnit
  locale: Locale
  embed: boolean
  /** presentation mode (大屏): full-screen slides in large type, no header */
  present: boolean
  /** patterns (ECharts decals) on every chart, for colour-blind readers and greyscale print */
  decal: boolean
  /** screen-specific query keys (e.g. the whole-city screen's year, measure, department), kept as given */
  extra: Record<string, string>
}

type QueryValue = string | null | undefined | (string | null)[]

function one(v: unknown): string | undefined {
  const x = Array.isArray(v) ? v[0] : v
  return typeof x === 'string' ? x : undefined
}

function isScreen(s: string): s is Screen {
  return (SCREENS as readonly string[]).includes(s)
}

/** The view a route stands for; anything malformed falls back to the default rather than failing. */
export function parseView(params: Record<string, unknown>, query: Record<string, QueryValue>): ViewState {
  const screen = one(params.screen) ?? 'overview'
  const path = one(query.path)
  const tables = one(query.tables)
  const unit = one(query.unit)
  const extra: Record<string, string> = {}
  for (const [k, v] of Object.entries(query)) {
    const value = one(v)
    if (!MANAGED.has(k) && value !== undefined && /^[A-Za-z]{1,16}$/.test(k)) extra[k] = value
  }
  return {
    datasetId: one(params.dataset) ?? null,
    screen: isScreen(screen) ? screen : 'overview',
    path: path ? path.split('.').filter((c) => /^\d{3,7}$/.test(c)) : [],
    tables: tables ? tables.split('.').filter(Boolean) : [],
    unit: UNITS.includes(unit as DisplayUnit) ? (unit as DisplayUnit) : '万元',
    locale: one(query.lang) === 'en' ? 'en' : 'zh-CN',
    embed: one(query.embed) === '1',
    present: one(query.present) === '1',
    decal: one(query.decal) === '1',
    extra,
  }
}

export type ViewPatch = Partial<Pick<ViewState, 'path' | 'tables' | 'unit' | 'locale' | 'embed' | 'present' | 'decal' | 'extra'>>

/** The query of `view` with some keys changed; defaults are left out of the URL. */
export function toQuery(view: ViewState, patch: ViewPatch = {}): Record<string, string> {
  const s = { ...view, ...patch }
  const q: Record<string, string> = { ...s.extra }
  // a new drill level or screen (a patch with `path`) starts unmarked unless the patch marks a row itself
  if (patch.path && !patch.extra) delete q[FOCUS]
  if (s.path.length) q.path = s.path.join('.')
  if (s.tables.length) q.tables = s.tables.join('.')
  if (s.unit !== '万元') q.unit = s.unit
  if (s.locale === 'en') q.lang = 'en'
  if (s.embed) q.embed = '1'
  if (s.present) q.present = '1'
  if (s.decal) q.decal = '1'
  return q
}
