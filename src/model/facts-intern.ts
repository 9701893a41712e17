/**
 * A string dictionary that can look up a range of a larger text without slicing it first.
 * The bulk scanner calls `idRange(text, start, end)` for every dictionary-coded cell; only a value
 * not seen before becomes a new string. Open addressing over FNV-1a hashes of UTF-16 code units.
 */

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export class StringTable {
  readonly values: string[]
  private hashes: number[] = []
  private slots: Int32Array // value index + 1; 0 = empty
  private mask: number

  constructor(initial: readonly string[] = []) {
    this.values = []
    this.slots = new Int32Array(64)
    this.mask = 63
    for (const s of initial) this.id(s)
  }

  get size(): number {
    return this.values.length
  }

  /** Index of `text.slice(start, end)`, added when new. */
  idRange(text: string, start: number, end: number): number {
    const len = end - start
    const h = hashRange(text, start, end)
    let slot = h & this.mask
    for (;;) {
      const v = this.slots[slot]!
      if (v === 0) break
      const s = this.values[v - 1]!
      if (this.hashes[v - 1] === h && s.length === len && text.startsWith(s, start)) return v - 1
      slot = (slot + 1) & this.mask
    }
    return this.insert(text.slice(start, end), h, slot)
  }

  /** Index of `s`, added when new. */
  id(s: string): number {
    return this.idRange(s, 0, s.length)
  }

  /** Index of `s`, or -1 (never adds). */
  find(s: string): number {
    const h = hashRange(s, 0, s.length)
    let slot = h & this.mask
    for (;;) {
      const v = this.slots[slot]!
      if (v === 0) return -1
      if (this.hashes[v - 1] === h && this.values[v - 1] === s) return v - 1
      slot = (slot + 1) & this.mask
    }
  }

  /** Drop every value added after the table had `size` values. */
  truncate(size: number): void {
    if (size >= this.values.length) return
    this.values.length = size
    this.hashes.length = size
    this.slots.fill(0)
    for (let i = 0; i < size; i++) {
      let slot = this.hashes[i]! & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot] = i + 1
    }
  }

  private insert(s: string, h: number, slot: number): number {
    const index = this.values.length
    this.values.push(s)
    this.hashes.push(h)
    this.slots[slot] = index + 1
    if (this.values.length * 2 > this.mask) this.rehash()
    return index
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    for (let i = 0; i < this.values.length; i++) {
      let slot = this.hashes[i]! & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot] = i + 1
    }
  }
}
