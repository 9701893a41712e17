/**
 * One wording per sentence, in both languages: every catalogue key has a Chinese and an English template with the same
 * parameters; every finding and import problem the app produces renders in Chinese exactly as its `message` (what the
 * CLI prints) and in English with no Chinese outside the names printed in the report.
 */
import { describe, expect, it } from 'vitest'
import EN from '../../../src/i18n/catalogue/en'
import ZH from '../../../src/i18n/catalogue/zh'
import { keysOf, placeholders, printed, renderParts, renderText, text, type Param } from '../../../src/i18n/text'
import { allSentences } from './sentences'

const HAN = /\p{Script=Han}/u

/** Chinese characters in English words the app wrote (outside printed names and {zh:…} quotes). */
function chineseOutsidePrinted(t: Param): string[] {
  return renderParts(t, EN).filter((p) => !p.zh && HAN.test(p.text)).map((p) => p.text)
}

describe('the catalogue', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort())
  })

  it('gives every key the same parameters in both languages', () => {
    // the one exception: a Chinese reader reads the printed table marker (公开03表) alone, an English one gets the name too
    const ENGLISH_ADDS = { 'label.tableMarker': ['kind'] } as Record<string, string[]>
    const differ = Object.keys(ZH).filter((k) => {
      const zh = [...new Set([...placeholders(ZH[k as keyof typeof ZH]), ...(ENGLISH_ADDS[k] ?? [])])].sort()
      const en = [...new Set(placeholders(EN[k as keyof typeof EN]))].sort()
      return zh.join() !== en.join()
    })
    expect(differ).toEqual([])
  })

  it('writes no Chinese in an English template except quoted {zh:…} words', () => {
    const offenders = Object.entries(EN).filter(([, v]) => HAN.test(v.replace(/\{zh:[^}]*\}/g, '')))
    expect(offenders).toEqual([])
  })

  it('marks printed names and quoted words as Chinese, and shows a missing key instead of hiding it', () => {
    const t = text('problem.unit.missing', { file: printed('支出决算表.csv') })
    expect(renderParts(t, EN)).toEqual([
      { text: 'File ' }, { text: '支出决算表.csv', zh: true }, { text: ' prints no unit line; read in ' },
      { text: '万元', zh: true }, { text: ' (10k yuan)' },
    ])
    expect(renderText(text('no.such.key'), EN)).toBe('[no.such.key]')
  })
})

describe('every finding and import problem', () => {
  const { findings, problems } = allSentences()
  const known = new Set(Object.keys(ZH))

  it('covers findings of every rule with a case and problems of many codes', () => {
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(30)
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(25)
  })

  it('uses only catalogue keys', () => {
    const missing = new Set<string>()
    for (const t of [...findings.map((f) => f.text), ...problems.flatMap((p) => [p.text, p.expectedText])]) {
      for (const k of keysOf(t)) if (!known.has(k)) missing.add(k)
    }
    expect([...missing]).toEqual([])
  })

  it('renders in Chinese exactly as its message (one wording)', () => {
    for (const f of findings) expect(renderText(f.text, ZH)).toBe(f.message)
    for (const p of problems) {
      expect(renderText(p.text, ZH)).toBe(p.message)
      expect(renderText(p.expectedText, ZH)).toBe(p.expected)
    }
  })

  it('renders in English without a Chinese word the app wrote', () => {
    const offenders = [
      ...findings.map((f) => [f.rule, chineseOutsidePrinted(f.text)] as const),
      ...problems.map((p) => [p.code, [...chineseOutsidePrinted(p.text), ...chineseOutsidePrinted(p.expectedText)]] as const),
    ].filter(([, bad]) => bad.length)
    expect(offenders).toEqual([])
  })

  it('reads as English: the seed’s 三公 budget finding, checked against the report', () => {
    const f = findings.find((x) => x.rule === 'X09-THREE-PUBLIC-STATED' && x.actual === 5.5 && x.expected === 4.03)!
    expect(renderText(f.text, EN)).toBe(
      'narrative “第三部分 七（一）”, “三公”经费财政拨款支出 budget is 5.50; "Three public" costs table (公开09表), 合计 · 预算数·合计 is 4.03; ' +
        'difference 1.47 10k yuan; both print the same figure, which should not differ at all (not rounding)',
    )
  })
})
