/** Two-way binding between the route and the view store: the URL is the source of truth. */
import { watch } from 'vue'
import type { LocationQueryRaw, Router } from 'vue-router'
import { useViewStore, SCREENS, type Screen } from '@/stores/view'
import { loadLocale } from '@/i18n'
import type { DisplayUnit, Locale } from '@/model/format'

const UNITS: DisplayUnit[] = ['元', '万元', '亿元']
const MANAGED = new Set(['path', 'tables', 'unit', 'lang', 'embed', 'decal'])

function one(v: unknown): string | undefined {
  return Array.isArray(v) ? (v[0] ?? undefined) : typeof v === 'string' ? v : undefined
}

/** `i18n` is the global composer; only its locale ref is used. */
export function syncRouteAndView(router: Router, i18n: { locale: { value: string } }): void {
  const view = useViewStore()
  watch(
    () => router.currentRoute.value,
    (route) => {
      const q = route.query
      view.datasetId = typeof route.params.dataset === 'string' ? route.params.dataset : null
      const screen = String(route.params.screen ?? 'overview')
      view.screen = (SCREENS as readonly string[]).includes(screen) ? (screen as Screen) : 'overview'
      const path = one(q.path)
      view.path = path ? path.split('.').filter((c) => /^\d{3,7}$/.test(c)) : []
      const tables = one(q.tables)
      view.tables = tables ? tables.split('.').filter(Boolean) : []
      const unit = one(q.unit)
      view.unit = UNITS.includes(unit as DisplayUnit) ? (unit as DisplayUnit) : '万元'
      view.locale = one(q.lang) === 'en' ? 'en' : 'zh-CN'
      view.embed = one(q.embed) === '1'
      view.decal = one(q.decal) === '1'
      const extra: Record<string, string> = {}
      for (const [k, v] of Object.entries(q)) {
        const value = one(v)
        if (!MANAGED.has(k) && value !== undefined && /^[A-Za-z]{1,16}$/.test(k)) extra[k] = value
      }
      view.extra = extra
      const locale = view.locale
      void loadLocale(locale).then(() => {
        if (view.locale === locale) i18n.locale.value = locale
      })
      document.documentElement.lang = view.locale === 'en' ? 'en' : 'zh-CN'
    },
    { immediate: true },
  )
}

/** Query for the current view with some keys changed; defaults are left out of the URL. */
export function viewQuery(
  patch: Partial<{ path: string[]; tables: string[]; unit: DisplayUnit; locale: Locale; embed: boolean; decal: boolean; extra: Record<string, string> }>,
): LocationQueryRaw {
  const view = useViewStore()
  const s = { path: view.path, tables: view.tables, unit: view.unit, locale: view.locale, embed: view.embed, decal: view.decal, extra: view.extra, ...patch }
  const q: LocationQueryRaw = { ...s.extra }
  if (s.path.length) q.path = s.path.join('.')
  if (s.tables.length) q.tables = s.tables.join('.')
  if (s.unit !== '万元') q.unit = s.unit
  if (s.locale === 'en') q.lang = 'en'
  if (s.embed) q.embed = '1'
  if (s.decal) q.decal = '1'
  return q
}
