/**
 * What a downloaded file says about itself: the department, year, screen, drill path and unit in its name, and the
 * same context (with title and source) as caption lines under a PNG and as the first lines of a CSV. Pure.
 */

export interface ExportContext {
  /** department (or the whole-city view's name); null when the view has none */
  department: string | null
  year: number | null
  /** the screen's name in the current language */
  screen: string
  /** the panel's id: two panels of one screen never share a file name */
  panel: string
  /** drill path: classification codes from 类 down */
  path: readonly string[]
  /** display unit in the current language; null for panels without amounts */
  unit: string | null
}

/** Characters no file system takes in a name, control characters, and white space (kept as one '-'). */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\s]+/gu
/** bytes, not characters: UTF-8 CJK names run three bytes a character and most file systems stop at 255 */
const MAX_BYTES = 200

function safe(part: string): string {
  return part.replace(UNSAFE, '-').replace(/-+/g, '-').replace(/^[-.]+|[-.]+$/g, '')
}

const bytes = (s: string) => new TextEncoder().encode(s).length

/** `株洲市行政审批服务局_2024_支出结构_drill_201.20103_万元.csv`: every part made safe, empty parts left out. */
export function exportFileName(c: ExportContext, ext: 'csv' | 'png'): string {
  const tail = [c.year === null ? '' : String(c.year), c.screen, c.panel, c.path.join('.'), c.unit ?? ''].map(safe).filter(Boolean)
  let dept = safe(c.department ?? '')
  const room = MAX_BYTES - bytes(`_${tail.join('_')}.${ext}`)
  while (dept && bytes(dept) > room) dept = [...dept].slice(0, -1).join('')
  return `${[dept, ...tail].filter(Boolean).join('_') || 'export'}.${ext}`
}

export interface CaptionLabels {
  /** "{dept} · {year}年度部门决算" with dept and year filled in, or null when there is no department */
  heading: string | null
  /** "科目：201 › 20103", or null at the top level */
  path: string | null
  /** "单位：万元", or null for panels without amounts */
  unit: string | null
  /** "来源：…" */
  source: string
}

/** Lines of context, first the title: the caption under a PNG and the first lines of a CSV. */
export function captionLines(title: string, screen: string, l: CaptionLabels): string[] {
  return [title, [l.heading, screen].filter(Boolean).join(' · '), l.path, l.unit, l.source].filter((x): x is string => !!x)
}

/**
 * `text` broken into lines no wider than `width` as `measure` measures them: at spaces where there are some
 * (English), anywhere between CJK characters, never dropping a character.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const tokens = text.match(/[\u{2e80}-\u{10ffff}]|[^\s\u{2e80}-\u{10ffff}]+|\s+/gu) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line && measure(line + token) > width) {
      lines.push(line.trimEnd())
      line = /^\s+$/.test(token) ? '' : token
    } else {
      line += token
    }
    // a single token wider than the line (a long URL or number): cut it by characters
    let chars = [...line]
    while (chars.length > 1 && measure(line) > width) {
      let cut = chars.length - 1
      while (cut > 1 && measure(chars.slice(0, cut).join('')) > width) cut--
      lines.push(chars.slice(0, cut).join(''))
      chars = chars.slice(cut)
      line = chars.join('')
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}
