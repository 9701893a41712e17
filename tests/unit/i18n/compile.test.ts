import { describe, expect, it } from 'vitest'
import { compileMessages, type MessageFn } from '@/i18n/compile'
import zh from '@/i18n/zh'
import en from '@/i18n/en'

/** every string of a catalogue with its path */
function strings(o: object, path = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${path}${k}`, v] as [string, string]] : strings(v as object, `${path}${k}.`)))
}
function at(o: unknown, path: string): MessageFn {
  return path.split('.').reduce((x, k) => (x as Record<string, unknown>)[k], o) as MessageFn
}

describe('compileMessages', () => {
  for (const [name, catalogue] of [['zh', zh], ['en', en]] as const) {
    it(`${name}: every message reads as its source with each {name} filled, on every call`, () => {
      const compiled = compileMessages(catalogue)
      const all = strings(catalogue)
      expect(all.length).toBeGreaterThan(100)
      const named = (k: string) => `«${k}»`
      for (const [path, source] of all) {
        const want = source.replace(/\{(\w+)\}/g, (_, k: string) => `«${k}»`)
        const fn = at(compiled, path)
        expect(fn({ named }), path).toBe(want)
        expect(fn({ named }), `${path} (second call)`).toBe(want)
      }
    })
  }

  it('fills a missing value with nothing and leaves braces that hold no name', () => {
    const m = compileMessages({ a: '{x} 与 {y}', b: '{不是名字}' })
    expect(m.a({ named: (k) => (k === 'x' ? 1 : undefined) })).toBe('1 与 ')
    expect(m.b({ named: () => 'no' })).toBe('{不是名字}')
  })
})
