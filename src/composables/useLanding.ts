/**
 * A finding lands on its row: the URL's `focus=<key>` names the row or figure to mark (audit/target.ts gives each
 * finding its screen, drill level and key). The screen shell provides one landing; every table row and KPI figure
 * that carries a key injects it to know whether it is the marked one (`aria-current="true"`) and which findings to
 * show inline. The landing scrolls the marked element into view and moves keyboard focus to it.
 */
import { computed, inject, provide, watch, type ComputedRef, type InjectionKey } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import { storeToRefs } from 'pinia'
import { useCurrentStore } from '@/stores/current'
import { useView, viewQuery } from '@/router/useView'
import { FOCUS } from '@/router/viewState'
import { findingTarget, parentPath, type FindingTarget } from '@/audit/target'
import type { Finding } from '@/audit'
import type { Dataset } from '@/model/types'

export interface Landing {
  /** the key of the marked row or figure, from the URL */
  focus: ComputedRef<string | null>
  dataset: ComputedRef<Dataset | null>
  /** every finding with its target (screen, level, key, code) */
  targets: ComputedRef<{ finding: Finding; target: FindingTarget }[]>
  /** the findings whose row or figure on the screen in view carries `key` */
  at(key: string): Finding[]
  /** the item page of a 类/款/项 */
  itemLink(code: string): RouteLocationRaw
  /** the screen and row a finding lands on */
  findingLink(f: Finding): RouteLocationRaw
}

const KEY: InjectionKey<Landing> = Symbol('landing')

const sameLevel = (t: FindingTarget, screen: string, path: readonly string[]) =>
  t.screen === screen && (screen !== 'drill' || t.path.join('.') === path.join('.'))

/** Wait for the marked element (screens load lazily), scroll it to the middle of the viewport and focus it. */
async function land(key: string, stale: () => boolean): Promise<void> {
  const selector = `[data-target="${CSS.escape(key)}"][aria-current="true"]`
  for (let i = 0; i < 200 && !stale(); i++) {
    const el = document.querySelector<HTMLElement>(selector)
    if (el) {
      // a row opened with several findings may be taller than the screen: then its top goes to the top
      const block = el.getBoundingClientRect().height > window.innerHeight * 0.8 ? 'start' : 'center'
      el.scrollIntoView({ block })
      el.focus({ preventScroll: true })
      // charts and fonts may still move the page: look again once
      await new Promise((r) => setTimeout(r, 400))
      const box = el.getBoundingClientRect()
      if (!stale() && (box.top < 0 || box.top >= window.innerHeight)) el.scrollIntoView({ block })
      return
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}

export function provideLanding(): Landing {
  const { audit, dataset } = storeToRefs(useCurrentStore())
  const { screen, path, extra, datasetId } = useView()
  const focus = computed(() => extra.value[FOCUS] ?? null)
  const targets = computed(() => (audit.value?.findings ?? []).map((finding) => ({ finding, target: findingTarget(finding, dataset.value) })))
  const here = computed(() => {
    const m = new Map<string, Finding[]>()
    for (const { finding, target } of targets.value) {
      if (target.focus === null || !sameLevel(target, screen.value, path.value)) continue
      m.set(target.focus, [...(m.get(target.focus) ?? []), finding])
    }
    return m
  })
  const route = (screenName: string, p: string[], key: string | null): RouteLocationRaw => ({
    name: 'screen',
    params: { dataset: datasetId.value ?? '', screen: screenName },
    query: viewQuery({ path: p, extra: { ...withoutFocus(extra.value), ...(key ? { [FOCUS]: key } : {}) } }),
  })
  const landing: Landing = {
    focus, dataset, targets,
    at: (key) => here.value.get(key) ?? [],
    itemLink: (code) => route('item', [...parentPath(code), code], null),
    findingLink: (f) => {
      const t = findingTarget(f, dataset.value)
      return route(t.screen, t.path, t.focus)
    },
  }
  let run = 0
  watch(
    [focus, screen, () => path.value.join('.'), dataset],
    ([key]) => {
      const mine = ++run
      if (key && typeof document !== 'undefined') void land(key, () => mine !== run)
    },
    { immediate: true, flush: 'post' },
  )
  provide(KEY, landing)
  return landing
}

function withoutFocus(extra: Record<string, string>): Record<string, string> {
  const { [FOCUS]: _drop, ...rest } = extra
  return rest
}

/** The landing of the screen in view; null outside a dataset's screens (e.g. a component test). */
export function useLanding(): Landing | null {
  return inject(KEY, null)
}

/** A row or figure with key `key`: is it the marked one, and which findings concern it. */
export function useMark(key: () => string | null | undefined) {
  const landing = useLanding()
  return {
    current: computed(() => !!landing && !!key() && landing.focus.value === key()),
    findings: computed(() => {
      const k = key()
      return landing && k ? landing.at(k) : []
    }),
  }
}
