/**
 * A dictionary keyed by byte ranges: the id of the bytes [s, e) of any Uint8Array, without making a string
 * first. Open addressing over FNV-1a hashes; the keys are copied into one growing byte pool.
 */
export class ByteTable {
  private pool = new Uint8Array(1 << 12)
  private used = 0
  private starts: number[] = []
  private lens: number[] = []
  private hashes: number[] = []
  private slots = new Int32Array(64) // id + 1; 0 = empty
  private mask = 63

  get size(): number {
    return this.starts.length
  }

  /** Id of the bytes, and whether they were new (then `added` is true until the next call). */
  added = false

  id(b: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193)
    h >>>= 0
    const len = e - s
    let slot = h & this.mask
    for (;;) {
      const v = this.slots[slot]!
      if (v === 0) break
      if (this.hashes[v - 1] === h && this.lens[v - 1] === len && this.same(v - 1, b, s, len)) {
        this.added = false
        return v - 1
      }
      slot = (slot + 1) & this.mask
    }
    const id = this.starts.length
    if (this.used + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.used + len))
      grown.set(this.pool.subarray(0, this.used))
      this.pool = grown
    }
    this.pool.set(b.subarray(s, e), this.used)
    this.starts.push(this.used)
    this.lens.push(len)
    this.hashes.push(h)
    this.used += len
    this.slots[slot] = id + 1
    if (this.starts.length * 2 > this.mask) this.rehash()
    this.added = true
    return id
  }

  private same(id: number, b: Uint8Array, s: number, len: number): boolean {
    const p = this.pool, at = this.starts[id]!
    for (let k = 0; k < len; k++) if (p[at + k] !== b[s + k]) return false
    return true
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    for (let i = 0; i < this.starts.length; i++) {
      let slot = this.hashes[i]! & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot] = i + 1
    }
  }
}
