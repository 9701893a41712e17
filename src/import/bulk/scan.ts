/**
 * The bulk CSV scanner: RFC 4180 quoting ("" inside quotes), CRLF or LF line ends (lone CR when the file
 * has no LF at all), physical line numbers kept across multi-line quoted cells. It hands each cell to
 * RowReader as a range of the text: no row objects, no per-row arrays. Cell and line ends are found with
 * native `indexOf`, and a cell equal to the one above it is recognised with one native `startsWith` and
 * not read at all. Text arrives in pieces (streaming decode): `run` reads the complete rows of a piece and
 * returns where the incomplete rest starts. An unclosed quote is reported at the line it opened and
 * scanning resumes on the next line, so it cannot swallow the rest of the file.
 */
import type { BulkHeader } from './header'
import type { RowReader } from './row'

const QUOTE = 34, CR = 13

export class BulkScan {
  /** physical line of the next row */
  line: number
  private readonly D: number
  private readonly delimiter: string
  /** '\n', or '\r' for files with lone-CR line ends */
  readonly eol: string

  constructor(header: BulkHeader, private readonly reader: RowReader, eol: '\n' | '\r' = '\n') {
    this.line = header.line + 1
    this.delimiter = header.delimiter
    this.D = header.delimiter.charCodeAt(0)
    this.eol = eol
  }

  /**
   * Read the rows of `text` from `start`. Unless `final`, only rows that end before the last line break
   * are read. `force`: a quote still open at the end is reported as unclosed (a row this long is not data).
   * Returns the offset of the first row not read.
   */
  run(text: string, start: number, final: boolean, force = false): number {
    const { reader, D, delimiter, eol: EOL } = this
    const lf = EOL === '\n'
    const cols = reader.cols
    const width = cols.length
    const n = text.length
    const limit = final ? n : text.lastIndexOf(EOL) + 1
    let i = start
    let line = this.line
    while (i < limit) {
      const rowStart = i
      const rowLine = line
      let eol = text.indexOf(EOL, i)
      if (eol < 0) eol = n
      let end = lf && eol > i && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol
      let col = 0
      let broken = false
      let spanOpen = -1, spanLine = 0, spanCol = 0, spanEol = 0 // a quoted cell over several lines
      for (;;) {
        const cc = col < width ? cols[col] : null
        const k = cc ? cc.match(text, i, end, D) : -1
        if (k >= 0) {
          i = k // a cell seen just before: not read again
          reader.repeat(col)
        } else if (i < end && text.charCodeAt(i) === QUOTE) {
          const open = i
          let j = i + 1
          let escaped = false
          let close = -1
          for (;;) {
            const q = text.indexOf('"', j)
            if (q < 0 || (q >= limit && !final)) break
            if (text.charCodeAt(q + 1) === QUOTE) {
              escaped = true
              j = q + 2
              continue
            }
            close = q
            break
          }
          if (close < 0 && !final && !force) {
            reader.abortRow() // the quoted cell goes on in the next piece: read this row again then
            this.line = rowLine
            return rowStart
          }
          if (close < 0) {
            reader.unclosedQuote(col, text.slice(open, Math.min(n, open + 40)), line)
            broken = true
            break
          }
          if (close > end) {
            // line breaks inside the quoted cell
            if (spanOpen < 0) {
              spanOpen = open
              spanLine = line
              spanCol = col
              spanEol = eol
            }
            for (let b = text.indexOf(EOL, open); b >= 0 && b < close; b = text.indexOf(EOL, b + 1)) line++
            eol = text.indexOf(EOL, close)
            if (eol < 0) eol = n
            end = lf && eol > close && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol
          }
          i = close + 1
          if (i < end && text.charCodeAt(i) !== D) {
            // text after the closing quote: keep the columns aligned, report the cell
            const d = text.indexOf(delimiter, i)
            i = d < 0 || d > end ? end : d
            reader.strayQuote(col, text.slice(open, i))
          } else if (escaped) {
            const cell = text.slice(open + 1, close).replaceAll('""', '"')
            reader.field(col, cell, 0, cell.length)
          } else {
            reader.field(col, text, open + 1, close)
          }
        } else {
          const d = text.indexOf(delimiter, i)
          const cellEnd = d < 0 || d > end ? end : d
          reader.field(col, text, i, cellEnd)
          i = cellEnd
        }
        col++
        if (i >= end) break
        i++ // the delimiter
      }
      if (spanOpen >= 0 && !reader.wouldKeep(col)) {
        // a bad row around a multi-line quoted cell: take the quote as unclosed, go on after its line
        reader.abortRow()
        reader.unclosedQuote(spanCol, text.slice(spanOpen, Math.min(n, spanOpen + 40)), spanLine)
        reader.endRow(-1, rowLine)
        line = spanLine + 1
        i = spanEol + 1
        continue
      }
      if (eol < n) line++
      i = eol < n ? eol + 1 : n
      reader.endRow(broken ? -1 : col, rowLine)
    }
    this.line = line
    return i
  }

  /** Lines read in all, once the last piece is done (`endsWithBreak`: the text ended with a line break). */
  lines(endsWithBreak: boolean, headerAtEnd: boolean): number {
    return headerAtEnd || endsWithBreak ? this.line - 1 : this.line
  }
}
