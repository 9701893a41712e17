/**
 * A dictionary-coded bulk column over the file's bytes: each distinct printed value is decoded and
 * interpreted once (`interpret` → an id; INVALID or BLANK for bad or empty cells) and cached. The last few
 * distinct cells are kept as bytes: the scanner first asks `match` whether the next cell is one of them
 * (the common case in a tidy export: department, year, table, code, name, unit and source repeat down the
 * rows, and measures cycle through total/basic/project), and only reads and hashes the cell when not.
 * Every cell is thus decoded (and, for strict UTF-8, validated) once, or is byte-equal to one that was.
 */
import { ByteTable } from './byte-table'

export const INVALID = -1
export const BLANK = -2
const RECENT = 4 // a power of two

/** Decodes a cell's bytes; `line` is the physical line being read (the scanner keeps it current). */
export interface DecodeCell {
  line: number
  cell(bytes: Uint8Array, s: number, e: number): string
}

export class CachedColumn {
  private readonly raw = new ByteTable()
  private readonly ids: number[] = []
  private readonly texts: string[] = []
  private readonly slotBytes: Uint8Array[] = []
  private readonly slotLens: number[] = []
  private readonly slotWords: Uint32Array[] = []
  private readonly slotIds: number[] = []
  private readonly slotTexts: string[] = []
  private count = 0
  private last = 0

  constructor(private readonly decode: DecodeCell, private readonly interpret: (printed: string) => number) {}

  /** The last cell matched or read (decoded, trimmed) and its id. */
  get lastText(): string {
    return this.count ? this.slotTexts[this.last]! : ''
  }

  /** whether the last cell had any bytes (after trimming ASCII spaces) */
  get lastFilled(): boolean {
    return this.count > 0 && this.slotLens[this.last]! > 0
  }

  get lastId(): number {
    return this.count ? this.slotIds[this.last]! : INVALID
  }

  /**
   * If the cell at `i` is a recent one: its end offset, else -1. The cell must end there: at the end of the
   * bytes, at delimiter `D`, at line break `T`, or at a CR of a CRLF.
   */
  match(b: Uint8Array, dv: DataView, i: number, D: number, T: number): number {
    const n = b.length
    for (let q = 0, s = this.last; q < this.count; q++, s = (s + 1) & (RECENT - 1)) {
      const len = this.slotLens[s]!
      const k = i + len
      if (k > n) continue
      if (k < n) {
        const x = b[k]!
        if (x !== D && x !== T && !(x === 13 && (k + 1 === n || b[k + 1] === 10))) continue
      }
      // four bytes at a time (unaligned DataView reads), then the tail
      const words = this.slotWords[s]!
      const whole = len >>> 2
      let w = 0
      while (w < whole && dv.getUint32(i + (w << 2)) === words[w]) w++
      if (w < whole) continue
      const bytes = this.slotBytes[s]!
      let j = whole << 2
      while (j < len && b[i + j] === bytes[j]) j++
      if (j === len) {
        this.last = s
        return k
      }
    }
    return -1
  }

  /** Id of the cell bytes [s, e) (ASCII spaces already trimmed); it becomes the most recent cell. */
  get(b: Uint8Array, s: number, e: number): number {
    const r = this.raw.id(b, s, e)
    if (this.raw.added) {
      const text = this.decode.cell(b, s, e).trim()
      this.texts.push(text)
      this.ids.push(this.interpret(text))
    }
    const len = e - s
    // a cell holding a delimiter, quote or line break was quoted: the same bytes unquoted are other cells
    for (let k = s; k < e; k++) {
      const x = b[k]!
      if (x === 44 || x === 34 || x === 9 || x === 59 || x === 10 || x === 13) return this.ids[r]!
    }
    const slot = this.count < RECENT ? this.count++ : (this.last + 1) & (RECENT - 1)
    let bytes = this.slotBytes[slot]
    if (!bytes || bytes.length < len) bytes = this.slotBytes[slot] = new Uint8Array(Math.max(32, len * 2))
    for (let k = 0; k < len; k++) bytes[k] = b[s + k]!
    let words = this.slotWords[slot]
    if (!words || words.length < bytes.length >>> 2) words = this.slotWords[slot] = new Uint32Array(bytes.length >>> 2)
    for (let w = 0; w < len >>> 2; w++) {
      const at = w << 2
      words[w] = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
    }
    this.slotLens[slot] = len
    this.slotIds[slot] = this.ids[r]!
    this.slotTexts[slot] = this.texts[r]!
    this.last = slot
    return this.ids[r]!
  }
}
