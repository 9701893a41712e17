/**
 * The bulk CSV scanner, over the file's bytes: RFC 4180 quoting ("" inside quotes), CRLF or LF line ends
 * (lone CR when the file has no LF at all), physical line numbers kept across multi-line quoted cells.
 * The delimiter, quote and line-break bytes are ASCII and never occur inside a UTF-8 or GBK/GB18030
 * character, so cells are found without decoding; RowReader decodes each distinct cell once. Each cell
 * goes to the reader as a byte range: no row objects, no per-row arrays, and a cell equal to a recent one
 * of its column is matched byte for byte and not read again. An unclosed quote is reported at the line it
 * opened and scanning resumes on the next line, so it cannot swallow the rest of the file.
 */
import type { RowReader } from './row'

const QUOTE = 34, CR = 13, LF = 10

export interface ScanOptions {
  delimiter: number // byte
  eol: number // 10, or 13 for lone-CR files
  firstLine: number // physical line of the first data row
  /** called about every `progressRows` rows with the byte offset reached */
  onProgress?: (offset: number) => void
  progressRows?: number
}

/** Read rows from `start` to the end of `b`; returns the number of physical lines. */
export function scanBytes(b: Uint8Array, start: number, reader: RowReader, o: ScanOptions): number {
  const D = o.delimiter, EOL = o.eol, lf = EOL === 10
  const cols = reader.cols
  const width = cols.length
  const n = b.length
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const every = o.progressRows ?? 16384
  let i = start
  let line = o.firstLine
  let rows = 0
  while (i < n) {
    const rowLine = line
    reader.decode.line = line
    let col = 0
    let broken = false
    let spanOpen = -1, spanLine = 0, spanCol = 0, spanEol = 0 // a quoted cell over several lines
    for (;;) {
      const cc = col < width ? cols[col] : null
      const k = cc ? cc.match(b, dv, i, D, EOL) : -1
      if (k >= 0) {
        i = k // a cell seen just before: not read again
        reader.repeat(col)
      } else if (i < n && b[i] === QUOTE) {
        const open = i
        let j = i + 1
        let escaped = false
        let close = -1
        for (;;) {
          const q = b.indexOf(QUOTE, j)
          if (q < 0) break
          if (b[q + 1] === QUOTE) {
            escaped = true
            j = q + 2
            continue
          }
          close = q
          break
        }
        const firstBreak = b.indexOf(EOL, open)
        if (close < 0) {
          const lineEnd = firstBreak < 0 ? n : firstBreak
          reader.unclosedQuote(col, reader.decode.cell(b, open, Math.min(lineEnd, open + 60)), line)
          broken = true
          i = lineEnd
          break
        }
        if (firstBreak >= 0 && firstBreak < close) {
          // line breaks inside the quoted cell
          if (spanOpen < 0) {
            spanOpen = open
            spanLine = line
            spanCol = col
            spanEol = firstBreak
          }
          for (let x = firstBreak; x >= 0 && x < close; x = b.indexOf(EOL, x + 1)) line++
        }
        i = close + 1
        if (i < n && b[i] !== D && b[i] !== EOL && !(lf && b[i] === CR)) {
          // bytes after the closing quote: keep the columns aligned, report the cell
          while (i < n && b[i] !== D && b[i] !== EOL) i++
          reader.strayQuote(col, reader.decode.cell(b, open, i))
        } else if (escaped) {
          const cell = unescape(b, open + 1, close)
          reader.field(col, cell, 0, cell.length)
        } else {
          reader.field(col, b, open + 1, close)
        }
      } else {
        const s = i
        let x = 0
        while (i < n && (x = b[i]!) !== D && x !== EOL) i++
        reader.field(col, b, s, lf && i > s && b[i - 1] === CR && (i === n || x === EOL) ? i - 1 : i)
      }
      col++
      if (lf && i < n && b[i] === CR && (i + 1 === n || b[i + 1] === LF)) i++ // the CR of a CRLF
      if (i >= n) break
      if (b[i] === D) {
        i++
        continue
      }
      i++ // the line break
      line++
      break
    }
    if (broken) {
      // resume on the line after the one where the quote opened
      if (i < n) {
        i++
        line++
      }
    } else if (spanOpen >= 0 && !reader.wouldKeep(col)) {
      // a bad row around a multi-line quoted cell: take the quote as unclosed, go on after its line
      reader.abortRow()
      reader.unclosedQuote(spanCol, reader.decode.cell(b, spanOpen, Math.min(spanEol, spanOpen + 60)), spanLine)
      reader.endRow(-1, rowLine)
      line = spanLine + 1
      i = spanEol + 1
      continue
    }
    reader.endRow(broken ? -1 : col, rowLine)
    if (++rows === every) {
      rows = 0
      o.onProgress?.(i)
    }
  }
  // lines = line breaks, plus the last line when it has none
  return n > start && b[n - 1] !== 10 && b[n - 1] !== 13 ? line : line - 1
}

/** The cell bytes with each "" made ". */
function unescape(b: Uint8Array, s: number, e: number): Uint8Array {
  const out = new Uint8Array(e - s)
  let k = 0
  for (let i = s; i < e; i++) {
    out[k++] = b[i]!
    if (b[i] === QUOTE && b[i + 1] === QUOTE) i++
  }
  return out.subarray(0, k)
}
