import { createI18n } from 'vue-i18n'
import zh from './zh'
import { compileMessages } from './compile'
import { englishCatalogue } from './useText'

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  missingWarn: false,
  fallbackWarn: false,
  messages: { 'zh-CN': compileMessages(zh) } as never,
})

let english: Promise<void> | null = null
/**
 * English messages load on first use: Chinese is the default and the only language in the first paint. The English
 * templates of findings and problems (catalogue/en.ts) come with them, before the locale switches.
 */
export function loadLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  if (locale === 'zh-CN') return Promise.resolve()
  english ??= Promise.all([import('./en'), import('./catalogue/en')]).then(([m, c]) => {
    i18n.global.setLocaleMessage('en', compileMessages(m.default) as never)
    englishCatalogue.value = c.default
  })
  return english
}
