/** Formatting bound to the current unit and language, and the chart context for option builders. */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatAmount, formatNumber, formatChange, unitLabel, UNIT_DECIMALS, UNIT_FACTOR } from '@/model/format'
import type { ChartContext } from '@/charts/theme'
import { useView } from '@/router/useView'

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
  })
  return { amount, number, change, label, csvUnit, chartContext, unit, locale }
}
