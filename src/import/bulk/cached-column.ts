/**
 * A dictionary-coded bulk column: each distinct printed value is interpreted once (`interpret` → an id;
 * INVALID or BLANK for bad or empty cells) and cached. The last few distinct cells are kept as UTF-16 code
 * arrays: the scanner first asks `match` whether the next cell is one of them (the common case in a tidy
 * export: department, year, table, code, name, unit and source repeat down the rows, and measures cycle
 * through total/basic/project), and only reads and hashes the cell when it is not.
 */
import { StringTable } from '../../model/facts-intern'

export const INVALID = -1
export const BLANK = -2
const RECENT = 4 // a power of two

export class CachedColumn {
  private readonly raw = new StringTable()
  private readonly ids: number[] = []
  private readonly strs: string[] = []
  private readonly codes: Uint16Array[] = []
  private readonly lens: number[] = []
  private readonly slotIds: number[] = []
  private count = 0
  private last = 0

  constructor(private readonly interpret: (printed: string) => number) {}

  /** The last cell matched or read (trimmed) and its id. */
  get lastStr(): string {
    return this.count ? this.strs[this.last]! : ''
  }

  get lastId(): number {
    return this.count ? this.slotIds[this.last]! : INVALID
  }

  /** If the cell starting at `i` (ending at `end` or at delimiter `D`) is a recent one: its end offset, else -1. */
  match(t: string, i: number, end: number, D: number): number {
    for (let q = 0, s = this.last; q < this.count; q++, s = (s + 1) & (RECENT - 1)) {
      const len = this.lens[s]!
      if (i + len > end) continue
      const codes = this.codes[s]!
      let j = 0
      while (j < len && t.charCodeAt(i + j) === codes[j]) j++
      if (j === len && (i + len === end || t.charCodeAt(i + len) === D)) {
        this.last = s
        return i + len
      }
    }
    return -1
  }

  /** Id of `t.slice(s, e)` (already trimmed); it becomes the most recent cell. */
  get(t: string, s: number, e: number): number {
    const before = this.raw.size
    const r = this.raw.idRange(t, s, e)
    if (r === before) this.ids.push(this.interpret(this.raw.values[r]!))
    const str = this.raw.values[r]!
    const slot = this.count < RECENT ? this.count++ : (this.last + 1) & (RECENT - 1)
    let codes = this.codes[slot]
    if (!codes || codes.length < str.length) codes = this.codes[slot] = new Uint16Array(Math.max(16, str.length * 2))
    for (let k = 0; k < str.length; k++) codes[k] = str.charCodeAt(k)
    this.strs[slot] = str
    this.lens[slot] = str.length
    this.slotIds[slot] = this.ids[r]!
    this.last = slot
    return this.ids[r]!
  }
}
