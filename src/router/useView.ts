/**
 * The view in the URL, for components and stores: every field is a computed over the current route (never a copy),
 * so a shared link, the back button and a click all go through the same one truth.
 */
import { computed, type ComputedRef } from 'vue'
import type { LocationQueryRaw } from 'vue-router'
import { router } from './index'
import { parseView, toQuery, type ViewPatch, type ViewState } from './viewState'

const state = computed<ViewState>(() => {
  const route = router.currentRoute.value
  return parseView(route.params, route.query)
})

type ViewRefs = { [K in keyof ViewState]: ComputedRef<ViewState[K]> }

const refs: ViewRefs = {
  datasetId: computed(() => state.value.datasetId),
  screen: computed(() => state.value.screen),
  path: computed(() => state.value.path),
  tables: computed(() => state.value.tables),
  unit: computed(() => state.value.unit),
  locale: computed(() => state.value.locale),
  embed: computed(() => state.value.embed),
  present: computed(() => state.value.present),
  decal: computed(() => state.value.decal),
  extra: computed(() => state.value.extra),
}

/** Read-only refs of the view; change it with `router.push/replace({ query: viewQuery(patch) })`. */
export function useView(): ViewRefs {
  return refs
}

/** Query for the current view with some keys changed. */
export function viewQuery(patch: ViewPatch = {}): LocationQueryRaw {
  return toQuery(state.value, patch)
}
