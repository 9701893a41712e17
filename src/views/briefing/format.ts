/**
 * Words and figures of the 审议简报, given the app's formatters and messages. Pure (no Vue): tested in Node.
 * Places are cited as printed (sections, column headers, file names): those runs are marked (i18n/text.ts `mark`).
 */
import { formatStatedPercent } from '@/model/format'
import { mark } from '@/i18n/text'
import type { Finding } from '@/audit'
import { differenceUnit, UNIT_KEY } from '@/audit/emit'
import { placeParts, type Place } from '@/audit/place'

export interface BriefFormat {
  /** an amount in 万元 in the display unit, with its unit ("1,489.93 万元") */
  amount: (wan: number | null) => string
  /** a signed amount with its unit ("−381.72 万元") */
  change: (wan: number | null) => string
  t: (key: string, params?: Record<string, unknown>) => string
}

/**
 * A figure of a finding in its unit: 万元 as an amount, percent as printed ("97.47%"), scores and counts with their
 * unit (briefing.unit.<key>, keys of audit/emit.ts UNIT_KEY).
 */
export function figureText(v: number | null, unit: Finding['unit'], f: BriefFormat): string {
  if (v === null) return '—'
  if (unit === '万元') return f.amount(v)
  if (unit === 'pp' || unit === '%') return formatStatedPercent(v)
  return `${v} ${f.t(`briefing.unit.${UNIT_KEY[unit]}`)}`
}

/** The difference of a finding in the unit of a difference (two percentages: "−2.00 个百分点"), amounts signed. */
export function differenceText(d: number | null, unit: Finding['unit'], f: BriefFormat): string {
  if (d === null) return '—'
  if (unit === '万元') return f.change(d)
  const sign = d < 0 ? '−' : d > 0 ? '+' : ''
  return `${sign}${Math.abs(d).toFixed(2)} ${f.t(`briefing.unit.${UNIT_KEY[differenceUnit(unit)]}`)}`
}

/** "（…）" in Chinese, " (…)" in English. */
export const paren = (s: string, f: Pick<BriefFormat, 't'>): string => `${f.t('briefing.sep.open')}${s}${f.t('briefing.sep.close')}`

/** "第三部分 七（一） · 预算数/合计（说明数据.csv:78）". */
export function placeText(p: Place, f: Pick<BriefFormat, 't'>): string {
  const what = placeParts(p).map(mark).join(' · ')
  return what ? `${what}${paren(`${mark(p.file)}:${p.line}`, f)}` : `${mark(p.file)}:${p.line}`
}

/**
 * Several places, compactly: sections once each (at most `max`), then the file and its lines:
 * "第三部分 十一、关于政府采购支出说明（说明数据.csv:111, 107）".
 */
export function placesText(ps: readonly Place[], f: BriefFormat, max = 3): string {
  const sections = [...new Set(ps.map((p) => placeParts(p).map(mark).join(' · ')).filter(Boolean))]
  const byFile = new Map<string, number[]>()
  for (const p of ps) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.line])
  const lines = [...byFile].map(([file, ls]) => `${mark(file)}:${ls.join(', ')}`).join('; ')
  const shown = sections.slice(0, max).join(f.t('briefing.sep.list')) + (sections.length > max ? f.t('briefing.morePlaces', { n: sections.length }) : '')
  return shown ? `${shown}${paren(lines, f)}` : lines
}
