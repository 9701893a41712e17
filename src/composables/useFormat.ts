/** Formatting bound to the current unit and language, and the chart context for option builders. */
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatAmount, formatNumber, formatChange, unitLabel, UNIT_DECIMALS, UNIT_FACTOR } from '@/model/format'
import type { ChartContext } from '@/charts/theme'
import { AXIS_BUDGET } from '@/charts/labels'
import { useView } from '@/router/useView'

/**
 * Whether the page is wide enough for the desktop layout (base.css's 900 px break): chart axis labels may then be
 * twice as long as on a phone. One listener for the page, reactive so open charts relabel when the window changes.
 */
const WIDE = '(min-width: 900px)'
const wide = ref(typeof matchMedia === 'function' && matchMedia(WIDE).matches)
if (typeof matchMedia === 'function') matchMedia(WIDE).addEventListener('change', (e) => (wide.value = e.matches))

export function useFormat() {
  const { unit, locale, decal: decalOn } = useView()
  const { t } = useI18n()
  const amount = (wan: number | null | undefined) => formatAmount(wan, unit.value, locale.value)
  const number = (wan: number | null | undefined) => formatNumber(wan, unit.value, locale.value)
  const change = (wan: number | null | undefined) => {
    const s = formatChange(wan, unit.value, locale.value)
    return s === '—' ? s : `${s} ${unitLabel(unit.value, locale.value)}`
  }
  const label = computed(() => unitLabel(unit.value, locale.value))
  const csvUnit = computed(() => ({ factor: UNIT_FACTOR[unit.value], decimals: UNIT_DECIMALS[unit.value] }))
  const chartContext = (decal = false): ChartContext => ({
    unitLabel: label.value,
    fmt: amount,
    fmtNumber: number,
    decal: decal || decalOn.value,
    labels: { amount: t('cols.amount'), share: t('drill.share'), change: t('overview.change') },
    axisBudget: wide.value ? AXIS_BUDGET * 2 : AXIS_BUDGET,
  })
  return { amount, number, change, label, csvUnit, chartContext, unit, locale }
}
