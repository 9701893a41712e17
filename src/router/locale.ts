/** The language follows the URL: load English on first use, then switch vue-i18n and <html lang>. */
import { watch } from 'vue'
import { loadLocale } from '@/i18n'
import { useView } from './useView'

/** `i18n` is the global composer; only its locale ref is used. */
export function followLocale(i18n: { locale: { value: string } }): void {
  const { locale } = useView()
  watch(
    locale,
    (l) => {
      void loadLocale(l).then(() => {
        if (locale.value === l) i18n.locale.value = l
      })
      document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN'
    },
    { immediate: true },
  )
}
