/**
 * Decodes one cell's bytes in the file's encoding. Strict UTF-8 throws NotUtf8 on a bad byte (the file is then
 * read again as GB18030); GB18030 notes the first line where bytes could not be decoded (U+FFFD).
 * A class rather than a closure, so the optimised scanner code that calls it outlives one import.
 */
import { textDecoder, type Encoding } from '../decode'

export class NotUtf8 extends Error {}

export class CellDecoder {
  private readonly decoder: TextDecoder
  /** first line with undecodable bytes (GB18030), 0 = none */
  lostAt = 0
  /** the line being read, kept up to date by whoever reads */
  line = 0

  constructor(readonly encoding: Encoding) {
    this.decoder = textDecoder(encoding, true)
  }

  cell(b: Uint8Array, s: number, e: number): string {
    let text: string
    try {
      text = this.decoder.decode(b.subarray(s, e))
    } catch {
      throw new NotUtf8()
    }
    if (this.lostAt === 0 && this.encoding === 'gb18030' && text.includes('\uFFFD')) this.lostAt = this.line
    return text
  }
}
