/** Number formatting for amounts and shares. Pure. */

export type DisplayUnit = '元' | '万元' | '亿元'
export type Locale = 'zh-CN' | 'en'

export const UNIT_FACTOR: Record<DisplayUnit, number> = { 元: 10000, 万元: 1, 亿元: 0.0001 }
/** decimals shown per display unit, so that 0.01 万元 stays visible */
export const UNIT_DECIMALS: Record<DisplayUnit, number> = { 元: 2, 万元: 2, 亿元: 6 }

/**
 * Digits grouped by thousands with a fixed number of decimals: "1,489.93". Chinese and English amounts group alike
 * (comma, point), so no Intl.NumberFormat: creating one loads the locale's ICU data on the main thread (~30 ms on a
 * phone, during the first screen's render).
 */
function grouped(value: number, decimals: number): string {
  const [whole, frac] = Math.abs(value).toFixed(decimals).split('.')
  const digits = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '-' : ''}${digits}${frac === undefined ? '' : `.${frac}`}`
}

/** The number alone: 1489.93 → "1,489.93" (万元). null → "—". */
export function formatNumber(wan: number | null | undefined, unit: DisplayUnit = '万元', _locale: Locale = 'zh-CN'): string {
  if (wan === null || wan === undefined || Number.isNaN(wan)) return '—'
  const v = wan * UNIT_FACTOR[unit]
  const d = UNIT_DECIMALS[unit]
  // round half away from zero on the decimal string, not on binary floats
  const rounded = Number(Math.sign(v) * Math.round(Math.abs(v) * 10 ** d + 1e-9)) / 10 ** d
  // a real minus sign (U+2212), as in print; CSV downloads write plain numbers, not this text
  return grouped(Object.is(rounded, -0) ? 0 : rounded, d).replace(/^-/, '−')
}

/** "1,489.93 万元"; in English the unit reads "10k yuan" etc. */
export function formatAmount(wan: number | null | undefined, unit: DisplayUnit = '万元', locale: Locale = 'zh-CN'): string {
  const n = formatNumber(wan, unit, locale)
  if (n === '—') return n
  return `${n} ${unitLabel(unit, locale)}`
}

export function unitLabel(unit: DisplayUnit, locale: Locale = 'zh-CN'): string {
  if (locale === 'zh-CN') return unit
  return unit === '元' ? 'yuan' : unit === '万元' ? '10k yuan' : '100m yuan'
}

/** Signed change: −381.72 → "−381.72"; +5 → "+5.00". */
export function formatChange(wan: number | null | undefined, unit: DisplayUnit = '万元', locale: Locale = 'zh-CN'): string {
  if (wan === null || wan === undefined) return '—'
  const body = formatNumber(Math.abs(wan), unit, locale)
  return `${wan < 0 ? '−' : wan > 0 ? '+' : ''}${body}`
}

/** Percent with up to `decimals` digits, trailing zeros kept as computed: 0.20395 → "20.40%" (decimals 2). */
export function formatPercent(ratio: number | null | undefined, decimals = 2, signed = false): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—'
  const p = ratio * 100
  const s = Math.abs(p).toFixed(decimals)
  const sign = p < 0 && Number(s) !== 0 ? '−' : signed && p > 0 ? '+' : ''
  return `${sign}${s}%`
}

/** A stated percent as the report prints it: 20.4 → "20.4%" (value already in percent). */
export function formatStatedPercent(pct: number | null | undefined, signed = false): string {
  if (pct === null || pct === undefined) return '—'
  const sign = pct < 0 ? '−' : signed && pct > 0 ? '+' : ''
  return `${sign}${String(Math.abs(pct))}%`
}

/** Ratio of two 万元 amounts computed on integer cents. null when the base is 0 or missing. */
export function ratio(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined) return null
  const w = Math.round(whole * 100)
  if (w === 0) return null
  return Math.round(part * 100) / w
}

/** Difference a − b on integer cents. */
export function diff(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null
  return (Math.round(a * 100) - Math.round(b * 100)) / 100
}

/** Sum on integer cents; null when every addend is null (blank is not zero). */
export function sumCents(values: readonly (number | null | undefined)[]): number | null {
  let any = false
  let cents = 0
  for (const v of values) {
    if (v === null || v === undefined) continue
    any = true
    cents += Math.round(v * 100)
  }
  return any ? cents / 100 : null
}

/** A stated percent as printed ('-63.36' → '−63.36%'), keeping the report's digits. */
export function formatStatedText(text: string, signed = false): string {
  const neg = text.startsWith('-')
  const body = neg ? text.slice(1) : text
  return `${neg ? '−' : signed && Number(body) > 0 ? '+' : ''}${body}%`
}

/** ratio → percent number rounded to 0.01 pp (for tables and CSV): 0.994731 → 99.47. */
export function pct(r: number | null): number | null {
  return r === null ? null : Math.round(r * 10000) / 100
}
