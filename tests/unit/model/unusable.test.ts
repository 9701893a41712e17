import { describe, expect, it } from 'vitest'
import { UNUSABLE_TABLE_CODES } from '@/model/unusable'
import PROBLEMS_ZH from '@/i18n/catalogue/problems.zh'
import PROBLEMS_EN from '@/i18n/catalogue/problems.en'

/** The unusable-table notice (components/UnusableTables.vue) lists each reason alone: the reason must name the file. */
describe('an unusable table’s reason', () => {
  for (const code of UNUSABLE_TABLE_CODES) {
    it(`${code} names the file in both languages`, () => {
      const key = `problem.${code}` as keyof typeof PROBLEMS_ZH
      expect(PROBLEMS_ZH[key]).toContain('{file}')
      expect(PROBLEMS_EN[key as keyof typeof PROBLEMS_EN]).toContain('{file}')
    })
  }
})
