/** Measure ids per (printed measure, table): '基本支出' means 'basic' in one table and something else in another. */
import type { StringTable } from '../../model/facts-intern'
import { measureOf } from './vocab'

export class MeasureMap {
  readonly printed: string[] = []
  private map = new Int32Array(256).fill(-2) // printed * 16 + table → measure id, -1 invalid, -2 not yet asked

  constructor(private readonly measures: StringTable) {}

  /** Id of a printed measure (the CachedColumn interpreter). */
  add(printed: string): number {
    return printed === '' ? -2 : this.printed.push(printed) - 1
  }

  /** Measure id in the store for printed measure `p` in table `table`, or -1. */
  resolve(p: number, table: number): number {
    const key = p * 16 + table
    if (key >= this.map.length) {
      const grown = new Int32Array(Math.max(key + 1, this.map.length * 2)).fill(-2)
      grown.set(this.map)
      this.map = grown
    }
    if (this.map[key] === -2) {
      const m = measureOf(this.printed[p]!, table)
      this.map[key] = m === null ? -1 : this.measures.id(m)
    }
    return this.map[key]!
  }
}
