/**
 * The words for a table the report did not publish, shared by the overview's list, the screens' notices and the 审议简报.
 * Words printed in the report (markers, file names, its notes) are marked (i18n/text.ts `mark`): show with Words.vue.
 */
import type { MissingTable } from '@/model/missing'
import { mark } from '@/i18n/text'

type T = (key: string, params?: Record<string, unknown>) => string

/** "公开06表 一般公共预算财政拨款基本支出决算表" (the marker as printed, when there is one, then the standard name). */
export const tableLabel = (m: MissingTable, t: T): string => [m.marker ? mark(m.marker) : null, t(`tables.${m.kind}`)].filter(Boolean).join(' ')

/** What happened to it: absent, unreadable, or empty (with the report's own note, as printed, when it gives one). */
export function statusText(m: MissingTable, t: T): string {
  if (m.status === 'unusable') return t('missing.status.unusable', { file: mark(m.file ?? '') })
  if (m.status === 'empty') return m.note ? t('missing.status.emptyNoted', { note: mark(m.note) }) : t('missing.status.empty')
  return t('missing.status.absent')
}

/** The file an item was read from, in brackets: "（06_….csv）". */
export const fileText = (m: MissingTable, t: T): string =>
  m.file && m.status !== 'unusable' ? `${t('briefing.sep.open')}${mark(m.file)}${t('briefing.sep.close')}` : ''
