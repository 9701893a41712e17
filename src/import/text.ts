/** Small text helpers shared by the recognisers and table readers. */

const SPACE = /[\s\u00a0\u3000\ufeff]+/g

/** Trim spaces incl. U+3000/NBSP at both ends (content kept as printed otherwise). */
const EDGE_SPACE = /[\s\u00a0\u3000\ufeff]/

export function clean(s: string | undefined): string {
  if (!s) return ''
  if (!EDGE_SPACE.test(s[0]!) && !EDGE_SPACE.test(s[s.length - 1]!)) return s
  return s.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '')
}

/** Key for matching header/label text: no spaces, half-width brackets, no quotes. */
export function norm(s: string | undefined): string {
  return (s ?? '')
    .replace(SPACE, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[“”"「」『』‘’']/g, '')
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => clean(c) === '')
}

export function nonEmptyCells(cells: readonly string[]): string[] {
  return cells.map(clean).filter((c) => c !== '')
}

/** Index of the last non-empty cell + 1. */
export function usedWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (clean(cells[i]) !== '') return i + 1
  return 0
}

/** "一、一般公共服务支出" → "一般公共服务支出"; also "（一）", "1.", "1、". */
export function stripOrdinal(s: string): string {
  return s
    .replace(/^\s*[一二三四五六七八九十百零〇]+\s*[、.．]\s*/, '')
    .replace(/^\s*[（(][一二三四五六七八九十]+[）)]\s*/, '')
    .replace(/^\s*\d+\s*[、.．]\s*(?=\D)/, '')
}

/** A total label: 合计, 总计, 本年支出合计 …, spaces ignored. */
export function isTotalLabel(s: string): boolean {
  return /^(合计|总计|本年(收入|支出)?合计|收入合计|支出合计|总合计)$/.test(norm(s))
}

/** A 栏次 row: a cell "栏次", or all non-empty cells are 1, 2, 3 … in order (at least two). */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  let n = 0
  for (const raw of cells) {
    const c = clean(raw)
    if (c === '') continue
    if (c.includes('栏') && norm(c) === '栏次') return true
    n++
    if (c !== String(n)) return false
  }
  return n >= 2
}

/** 注/说明/备注 lines printed under a table. */
export function isNoteText(s: string): boolean {
  return /^(注|说明|备注|附注)\s*[:：\d１-９.．、\s]/.test(clean(s)) || /^(注|说明)$/.test(clean(s))
}

/** "本表无数据" and its variants. */
export function saysNoData(s: string): boolean {
  return /本表无数据|无数据|空表|本表为空|无此项(收入|支出)?/.test(norm(s))
}
