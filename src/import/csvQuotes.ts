/**
 * Locate a quote problem inside one CSV record: the opening quote of a field that never closes,
 * or a closed quote followed by stray characters ("abc"def). PapaParse only says "row N" (a data index),
 * so the importer rescans the record itself to name the physical line and column.
 */

export interface QuoteFault {
  kind: 'unclosed' | 'malformed'
  /** offset of the opening quote in the text */
  offset: number
  /** 1-based field index within the record */
  column: number
}

/** Scan the record starting at `start` (text uses '\n' line breaks). Returns null when its quoting is sound. */
export function findQuoteFault(text: string, start: number, delimiter: string): QuoteFault | null {
  let pos = start
  let column = 1
  const len = text.length
  while (pos <= len) {
    if (text[pos] === '"') {
      const open = pos
      pos++
      for (;;) {
        const q = text.indexOf('"', pos)
        if (q < 0) return { kind: 'unclosed', offset: open, column }
        if (text[q + 1] === '"') {
          pos = q + 2
          continue
        }
        pos = q + 1
        break
      }
      if (pos < len && !text.startsWith(delimiter, pos) && text[pos] !== '\n') {
        return { kind: 'malformed', offset: open, column }
      }
    } else {
      const nl = text.indexOf('\n', pos)
      const d = text.indexOf(delimiter, pos)
      const stop = nl < 0 ? len : nl
      pos = d >= 0 && d < stop ? d : stop
    }
    if (pos < len && text.startsWith(delimiter, pos)) {
      pos += delimiter.length
      column++
      continue
    }
    return null
  }
  return null
}

/** 1-based line of `offset` in a text with '\n' line breaks. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}
