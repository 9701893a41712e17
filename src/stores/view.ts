/**
 * The view state that the URL holds: dataset, screen, drill path, chart/table toggles, unit, language, embed.
 * The router is the source of truth (see router/sync.ts); this store mirrors it for components.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DisplayUnit, Locale } from '@/model/format'

export const SCREENS = ['overview', 'drill', 'yoy', 'reform', 'budget', 'procurement', 'threePublic', 'performance', 'audit', 'portal', 'import'] as const
export type Screen = (typeof SCREENS)[number]

export const useViewStore = defineStore('view', () => {
  const datasetId = ref<string | null>(null)
  const screen = ref<Screen>('overview')
  const path = ref<string[]>([])
  /** panels shown as table instead of chart, by panel id */
  const tables = ref<string[]>([])
  const unit = ref<DisplayUnit>('万元')
  const locale = ref<Locale>('zh-CN')
  const embed = ref(false)
  /** patterns (ECharts decals) on every chart, for colour-blind readers and greyscale print */
  const decal = ref(false)
  /** screen-specific query keys (e.g. the whole-city screen's year, measure, department), kept as given */
  const extra = ref<Record<string, string>>({})

  const isTable = computed(() => (panel: string) => tables.value.includes(panel))

  return { datasetId, screen, path, tables, unit, locale, embed, decal, extra, isTable }
})
