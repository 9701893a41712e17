/**
 * Sentences the app writes about the data (audit findings, import problems, figure labels), kept
 * language-neutral: a message key and its parameters. One template per key and language lives in
 * src/i18n/catalogue/ (zh.ts, en.ts); the Chinese rendering is what `npm run audit` prints and what
 * `Finding.message` / `ImportProblem.message` hold, so there is one wording per sentence, not two copies.
 *
 * Parameters:
 *  - string / number: language-neutral (figures already formatted as printed, codes, counts);
 *  - Printed: words as printed in the report or the user's file (names, quotes, file names, headers):
 *    shown exactly as printed, and marked `lang="zh"` by the UI in English;
 *  - Text: a nested sentence or phrase (rendered in the same language);
 *  - Joined: a list rendered with a separator that is itself a catalogue key ('sep.plus', 'sep.list' …).
 * Plain TypeScript, no Vue: the audit and the importer build these in Node as in the browser.
 */
import ZH from './catalogue/zh.ts'

export interface Printed {
  printed: string
}

export interface Joined {
  join: readonly Param[]
  /** catalogue key of the separator */
  sep: string
}

export interface Text {
  key: string
  params?: Readonly<Record<string, Param>>
}

export type Param = string | number | Printed | Text | Joined

/** A run of rendered words; `zh` marks words as printed in the report (Chinese whatever the UI language). */
export interface Part {
  text: string
  zh?: true
}

export type Catalogue = Readonly<Record<string, string>>

/**
 * Built values interpolate as their Chinese wording (`${label}` in a template string gives what the CLI prints),
 * so code that still composes strings degrades to Chinese rather than to "[object Object]". The method lives on
 * the prototype: JSON and structured clones (workers, IndexedDB) carry only the plain fields.
 */
const PROTO = {
  toString(this: Param): string {
    return renderText(this, ZH)
  },
}
const make = <T extends object>(fields: T): T => Object.assign(Object.create(PROTO) as object, fields) as T

export const text = (key: string, params?: Record<string, Param>): Text => make(params ? { key, params } : { key })
export const printed = (s: string): Printed => make({ printed: s })
export const joined = (items: readonly Param[], sep = 'sep.plus'): Joined => make({ join: items, sep })

const isPrinted = (p: unknown): p is Printed => typeof p === 'object' && p !== null && 'printed' in p
const isText = (p: unknown): p is Text => typeof p === 'object' && p !== null && 'key' in p
const isJoined = (p: unknown): p is Joined => typeof p === 'object' && p !== null && 'join' in p

/**
 * Template syntax: `{name}` is a parameter; `{zh:词}` is a Chinese word quoted as the reader must type or find it
 * (a header of the file layout, a word of the report): rendered as it is, marked as Chinese like printed names.
 */
const PIECES = /\{(\w+|zh:[^}]*)\}/

/** Parameter names of a template, in order of appearance: '{a} 为 {b}' → ['a', 'b'] (quoted `{zh:…}` words excluded). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
}

function push(out: Part[], part: Part): void {
  if (!part.text) return
  const last = out[out.length - 1]
  if (last && !!last.zh === !!part.zh) last.text += part.text
  else out.push(part.zh ? { text: part.text, zh: true } : { text: part.text })
}

/**
 * Render a parameter into parts. A key missing from the catalogue renders as the key itself in brackets
 * (visible, and caught by tests/unit/i18n/catalogue.test.ts) rather than silently as nothing.
 */
export function renderParts(p: Param, cat: Catalogue, out: Part[] = []): Part[] {
  if (typeof p === 'string') push(out, { text: p })
  else if (typeof p === 'number') push(out, { text: String(p) })
  else if (isPrinted(p)) push(out, { text: p.printed, zh: true })
  else if (isJoined(p)) {
    p.join.forEach((item, i) => {
      if (i) renderParts({ key: p.sep }, cat, out)
      renderParts(item, cat, out)
    })
  } else {
    const template = cat[p.key]
    if (template === undefined) {
      push(out, { text: `[${p.key}]` })
      return out
    }
    template.split(PIECES).forEach((piece, i) => {
      if (i % 2 === 0) push(out, { text: piece })
      else if (piece.startsWith('zh:')) push(out, { text: piece.slice(3), zh: true })
      else {
        const v = p.params?.[piece]
        if (v !== undefined) renderParts(v, cat, out)
      }
    })
  }
  return out
}

/** The sentence as one string (the CLI's report, CSV downloads, aria labels). */
export function renderText(p: Param, cat: Catalogue): string {
  return renderParts(p, cat).map((x) => x.text).join('')
}

/** Every catalogue key a parameter uses (nested sentences and separators included). */
export function keysOf(p: Param, out = new Set<string>()): Set<string> {
  if (isText(p)) {
    out.add(p.key)
    for (const v of Object.values(p.params ?? {})) keysOf(v, out)
  } else if (isJoined(p)) {
    out.add(p.sep)
    for (const v of p.join) keysOf(v, out)
  }
  return out
}

/*
 * Printed words inside a UI string: where a string from vue-i18n carries a printed name as a parameter
 * (“Spending by function ({region})”), the name is wrapped in two private-use marks, and the component that shows
 * the string turns it into parts (Words.vue `marked`). Anything that leaves the page as plain text — CSV, aria
 * labels, chart titles — takes `unmark` first.
 */
const OPEN = '\uE000'
const CLOSE = '\uE001'

export const mark = (s: string): string => `${OPEN}${s}${CLOSE}`
export const unmark = (s: string): string => s.replace(/[\uE000\uE001]/g, '')
export const hasMarks = (s: string): boolean => s.includes(OPEN)

/** A marked string as parts: the marked runs are Chinese as printed. */
export function markedParts(s: string): Part[] {
  const out: Part[] = []
  s.split(/\uE000([^\uE001]*)\uE001/).forEach((piece, i) => push(out, i % 2 ? { text: piece, zh: true } : { text: piece }))
  return out
}

/**
 * A source note cites the report by its own headings, table titles and file names (“第三部分 七（一）”,
 * “公开03表（03_支出决算表.csv）”): its Chinese runs are marked as printed. Only for citations — an app-written
 * sentence must come from the catalogue or vue-i18n, never through here.
 */
export function citation(s: string): string {
  if (hasMarks(s)) return s
  return s.replace(/\p{Script=Han}(?:[^A-Za-z\uE000\uE001]*\p{Script=Han})?/gu, (run) => mark(run))
}
