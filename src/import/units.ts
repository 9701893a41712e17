/** Unit lines ("单位：万元", "金额单位：元", "单位:亿元") and conversion to 万元. */
import type { Unit } from '../model/types'

const UNIT_LINE = /(?:金额)?单位\s*[:：]\s*(万元|亿元|元)/

/** The unit printed in a cell or line, or null. "单位名称：…" is not a unit line. */
export function parseUnitLine(text: string): Unit | null {
  const m = UNIT_LINE.exec(text)
  return m ? (m[1] as Unit) : null
}

/** Multiply an amount in `unit` by this to get 万元. */
export function unitFactor(unit: Unit): number {
  return unit === '元' ? 1e-4 : unit === '亿元' ? 1e4 : 1
}

/** Decimals in 万元 of a figure printed with `printedDecimals` decimals in `unit`. */
export function precisionInWan(printedDecimals: number, unit: Unit): number {
  if (unit === '元') return printedDecimals + 4
  if (unit === '亿元') return Math.max(0, printedDecimals - 4)
  return printedDecimals
}

/**
 * Convert to 万元 and round to the precision the source printed, so 14,899,300.00 元 is exactly 1489.93
 * (the nearest double), not 1489.9300000000001.
 */
export function toWan(value: number, unit: Unit, printedDecimals: number): number {
  if (unit === '万元') return value
  const p = precisionInWan(printedDecimals, unit)
  const scaled = unit === '元' ? value / 1e4 : value * 1e4
  const f = 10 ** p
  const r = Math.round(scaled * f) / f
  return r === 0 ? 0 : r
}
