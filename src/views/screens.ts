/** Screen registry: each screen is its own lazily loaded component under views/<screen>/. */
import { defineAsyncComponent, type Component } from 'vue'
import type { Screen } from '@/stores/view'

export const SCREEN_COMPONENTS: Partial<Record<Screen, Component>> = {
  overview: defineAsyncComponent(() => import('./overview/OverviewView.vue')),
  drill: defineAsyncComponent(() => import('./drill/DrillView.vue')),
}
