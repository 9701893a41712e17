/**
 * Findings, import problems and figure labels in the language on screen: their texts (src/i18n/text.ts) rendered
 * with the catalogue of the current vue-i18n locale. English templates arrive with the English messages (loadLocale),
 * so the switch is one step for every string.
 */
import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import ZH from './catalogue/zh'
import { renderParts, renderText, type Catalogue, type Param, type Part } from './text'

/** Set by loadLocale('en'); null until English was first asked for. */
export const englishCatalogue = shallowRef<Catalogue | null>(null)

export function useText() {
  const { locale } = useI18n()
  const catalogue = (): Catalogue => (locale.value === 'en' ? englishCatalogue.value ?? ZH : ZH)
  return {
    /** words in runs, names as printed marked `zh` (render with components/Words.vue) */
    parts: (p: Param): Part[] => renderParts(p, catalogue()),
    /** one string: CSV cells, aria labels, titles */
    str: (p: Param): string => renderText(p, catalogue()),
  }
}
