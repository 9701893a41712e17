import { createI18n } from 'vue-i18n'
import zh from './zh'
import { compileMessages } from './compile'

export type MessageSchema = typeof zh

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  missingWarn: false,
  fallbackWarn: false,
  messages: { 'zh-CN': compileMessages(zh) } as never,
})

let english: Promise<void> | null = null
/** English messages load on first use: Chinese is the default and the only language in the first paint. */
export function loadLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  if (locale === 'zh-CN') return Promise.resolve()
  english ??= import('./en').then((m) => i18n.global.setLocaleMessage('en', compileMessages(m.default) as never))
  return english
}
