/** Screen registry: each screen is its own lazily loaded component under views/<screen>/. */
import { defineAsyncComponent, type Component } from 'vue'
import type { Screen } from '@/router/viewState'

export const SCREEN_COMPONENTS: Partial<Record<Screen, Component>> = {
  overview: defineAsyncComponent(() => import('./overview/OverviewView.vue')),
  drill: defineAsyncComponent(() => import('./drill/DrillView.vue')),
  yoy: defineAsyncComponent(() => import('./yoy/YoyView.vue')),
  reform: defineAsyncComponent(() => import('./reform/ReformView.vue')),
  budget: defineAsyncComponent(() => import('./budget/BudgetView.vue')),
  procurement: defineAsyncComponent(() => import('./procurement/ProcurementView.vue')),
  threePublic: defineAsyncComponent(() => import('./threePublic/ThreePublicView.vue')),
  performance: defineAsyncComponent(() => import('./performance/PerformanceView.vue')),
  portal: defineAsyncComponent(() => import('./portal/PortalView.vue')),
  audit: defineAsyncComponent(() => import('./audit/AuditView.vue')),
  briefing: defineAsyncComponent(() => import('./briefing/BriefingView.vue')),
  import: defineAsyncComponent(() => import('./import/ImportView.vue')),
  item: defineAsyncComponent(() => import('./item/ItemView.vue')),
}

/** Start loading a lazily loaded screen's code, or join the load already started; undefined for any other component. */
export function loadScreenCode(c: Component | null | undefined): Promise<unknown> | undefined {
  return (c as { __asyncLoader?: () => Promise<unknown> } | null | undefined)?.__asyncLoader?.()
}
