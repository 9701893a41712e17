/**
 * Short chart labels that stay distinguishable on a 390 px phone. Pure: the option builders put the short label on
 * the axis or block and keep the full name in the tooltip (and the panel's table).
 *
 * Width is counted in units: a CJK or full-width character is 2, anything else 1 (at the charts' 12 px text a unit is
 * about 6 px; Latin letters average a little over that, which the budgets leave room for). A leading classification
 * code ("2101101 卫生健康支出（类）…") is kept whole, because it alone tells rows apart; the name after it is reduced
 * to its deepest level (…（项）) and clipped. Labels of one axis come out unique whenever the names are: colliding
 * names first lose their shared beginning ("公务用车购置费" / "公务用车运行维护费" → "公务…购置费" / "公务…运行维护费"),
 * and names alike even then get a number.
 */

/** y-axis labels of horizontal bars: about 130 px at 12 px text, what a 390 px phone leaves beside the bars */
export const AXIS_BUDGET = 22
/** treemap block labels: one line of a block about a fifth of a phone's chart wide */
export const BLOCK_BUDGET = 12

const ELLIPSIS = '…'
const CODE = /^(\d{3,7})\s+(\S[\s\S]*)$/
/** （类）（款）（项） markers of the classification, with either bracket style as printed */
const LEVEL = /\s*[（(](?:类|款|项)[）)]\s*/

function charWidth(code: number): number {
  // ASCII, Latin and half-width forms 1; CJK, full-width punctuation, the ellipsis (full width in CJK fonts) 2
  if (code === 0x2026) return 2
  return code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc) ? 1 : 2
}

/** Display width of `s` in units. */
export function textWidth(s: string): number {
  let w = 0
  for (const ch of s) w += charWidth(ch.codePointAt(0) ?? 0)
  return w
}

/** `s` cut to `budget` units, ending in … when cut. */
export function clip(s: string, budget: number): string {
  if (textWidth(s) <= budget) return s
  let out = ''
  let w = textWidth(ELLIPSIS)
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0) ?? 0)
    if (w + cw > budget) break
    out += ch
    w += cw
  }
  return out.trimEnd() + ELLIPSIS
}

/** The deepest level of a classification path: '卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）' → '行政单位医疗'. */
export function deepestName(name: string): string {
  const parts = name.split(LEVEL).map((p) => p.trim()).filter(Boolean)
  return parts.length > 1 ? parts[parts.length - 1]! : name.trim()
}

interface Parsed {
  code: string | null
  full: string
  name: string
}

function parse(label: string): Parsed {
  const m = CODE.exec(label.trim())
  const full = (m ? m[2]! : label).trim()
  return { code: m ? m[1]! : null, full, name: deepestName(full) }
}

function join(code: string | null, name: string): string {
  return code ? `${code} ${name}` : name
}

function room(p: Parsed, budget: number): number {
  return Math.max(budget - (p.code ? textWidth(p.code) + 1 : 0), 4)
}

function commonPrefix(list: readonly string[]): number {
  const chars = list.map((s) => [...s])
  const first = chars[0] ?? []
  let n = 0
  while (n < first.length && chars.every((c) => c[n] === first[n])) n++
  return n
}

/** Indexes of labels that share their text with another label. */
function collisions(labels: readonly string[]): number[][] {
  const by = new Map<string, number[]>()
  labels.forEach((l, i) => by.set(l, [...(by.get(l) ?? []), i]))
  return [...by.values()].filter((g) => g.length > 1)
}

/** Units the differing part of an elided name keeps at least before the shared head is dropped too */
const DIFF_MIN = 10

/** The shared beginning cut to its first two characters (or to nothing when room is short), …, then what differs. */
function elide(name: string, shared: number, room: number): string {
  const chars = [...name]
  if (shared < 2 || shared >= chars.length) return clip(name, room)
  const rest = chars.slice(shared).join('')
  const twoHead = chars.slice(0, 2).join('')
  const head = room - textWidth(twoHead) - textWidth(ELLIPSIS) >= Math.min(DIFF_MIN, textWidth(rest)) ? twoHead : ''
  return head + ELLIPSIS + clip(rest, room - textWidth(head) - textWidth(ELLIPSIS))
}

/**
 * One short label for each full label, in order, each within `budget` units where its code allows;
 * unique whenever the inputs are unique (identical inputs get "(1)", "(2)").
 */
export function shortLabels(labels: readonly string[], budget = AXIS_BUDGET): string[] {
  const parsed = labels.map(parse)
  const names = parsed.map((p) => clip(p.name, room(p, budget)))
  // names clipped alike lose their shared beginning instead; names alike in full are told apart by their codes,
  // or else by the part of the full path where they differ
  for (const group of collisions(names)) {
    const deep = group.map((i) => parsed[i]!.name)
    const codes = new Set(group.map((i) => parsed[i]!.code))
    const distinctDeep = new Set(deep).size === group.length
    if (!distinctDeep && codes.size === group.length && !codes.has(null)) continue
    const source = distinctDeep ? deep : group.map((i) => parsed[i]!.full)
    const shared = commonPrefix(source)
    group.forEach((i, k) => (names[i] = elide(source[k]!, shared, room(parsed[i]!, budget))))
  }
  const out = parsed.map((p, i) => join(p.code, names[i]!))
  for (const group of collisions(out)) {
    group.forEach((i, k) => {
      const tag = `(${k + 1})`
      out[i] = join(parsed[i]!.code, clip(names[i]!, room(parsed[i]!, budget) - tag.length) + tag)
    })
  }
  return out
}

/**
 * Treemap block labels as lines: the code (when there is one) alone on the first line, so that even a narrow block
 * names its row, then the short name; names without codes are made unique among themselves.
 */
export function blockLabels(labels: readonly string[], budget = BLOCK_BUDGET): string[][] {
  const parsed = labels.map(parse)
  const uncoded = shortLabels(parsed.map((p) => (p.code ? '' : p.full)), budget)
  return parsed.map((p, i) => (p.code ? [p.code, clip(p.name, budget)] : [uncoded[i]!]))
}

/**
 * Category labels under a horizontal axis of `count` categories: wrapped at `width` px (what one category gets of a
 * phone's chart) and cut to about three lines.
 */
export function columnLabels(labels: readonly string[], chartWidth = 280): { labels: string[]; width: number } {
  const width = Math.max(36, Math.min(96, Math.floor(chartWidth / Math.max(labels.length, 1)) - 8))
  return { labels: shortLabels(labels, Math.floor(width / 6) * 3), width }
}

/** Pixels a unit takes at the charts' 12 px text, rounded up (digits are a little wider than half a CJK character). */
const UNIT_PX = 6.5
const LINE_PX = 15
/** ECharts' padding of a treemap label (5 px each side) and a pixel of slack */
const BLOCK_PADDING = 12

/** Whether a block label (lines of text) fits a treemap block whole, with ECharts' 12 px text and 5 px padding. */
export function blockFits(text: string, rect: { width: number; height: number }): boolean {
  const lines = text.split('\n')
  const widest = Math.max(...lines.map(textWidth)) * UNIT_PX
  return widest <= rect.width - BLOCK_PADDING && lines.length * LINE_PX <= rect.height - BLOCK_PADDING
}
