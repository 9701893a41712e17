/**
 * Amount of a cell given as a byte range of the file, without making a string. Plain ASCII amounts
 * ("1489.93", "-1,489.93") are read digit by digit into an integer mantissa; anything else (full-width
 * digits, "(12.5)", "—", spaces inside) is decoded and goes to the importer's parseAmount, so both agree.
 * Conversion to 万元 divides the exact mantissa by a power of ten: the nearest double, as Number() gives.
 */
import { parseAmount } from '../amount'
import { toWan } from '../units'
import type { DecodeCell } from './cached-column'
import { UNITS } from './vocab'

const AMOUNT_OK = 0
export const AMOUNT_BLANK = 1
export const AMOUNT_INVALID = 2

/** Result of the last `readAmount` (one shared object: no allocation per cell). */
export const amount = { status: AMOUNT_OK, mantissa: 0, decimals: 0, negative: false, slow: NaN, precision: 0 }

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i)

export function readAmount(b: Uint8Array, start: number, end: number, decode: DecodeCell): void {
  while (start < end && b[start] === 32) start++
  while (end > start && b[end - 1] === 32) end--
  amount.slow = NaN
  if (start === end) {
    amount.status = AMOUNT_BLANK
    return
  }
  let i = start
  let c = b[i]!
  let negative = false
  if (c === 45 || c === 43) {
    negative = c === 45
    i++
  }
  let m = 0, digits = 0, group = 0, commas = false, decimals = -1, ok = i < end
  for (; i < end; i++) {
    c = b[i]!
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48)
      digits++
      if (decimals >= 0) decimals++
      else group++
    } else if (c === 44 && decimals < 0 && group > 0 && (commas ? group === 3 : group <= 3)) {
      commas = true
      group = 0
    } else if (c === 46 && decimals < 0 && group > 0) {
      decimals = 0
    } else {
      ok = false
      break
    }
  }
  if (ok && commas && group !== 3) ok = false
  if (ok && decimals === 0) ok = false // "12." is left to parseAmount
  if (ok && digits <= 15) {
    amount.status = AMOUNT_OK
    amount.mantissa = m
    amount.decimals = decimals < 0 ? 0 : decimals
    amount.negative = negative && m !== 0
    return
  }
  slowPath(decode.cell(b, start, end))
}

function slowPath(raw: string): void {
  const p = parseAmount(raw)
  if (!p.ok) {
    amount.status = AMOUNT_INVALID
    return
  }
  if (p.value === null) {
    amount.status = AMOUNT_BLANK
    return
  }
  amount.status = AMOUNT_OK
  amount.slow = p.value
  amount.decimals = p.decimals
}

/** Value in 万元 of the last amount read, in unit 0 万元 / 1 元 / 2 亿元; sets `amount.precision` (decimals in 万元). */
export function amountInWan(unit: number): number {
  const d = amount.decimals
  const p = unit === 1 ? d + 4 : unit === 2 ? Math.max(0, d - 4) : d
  amount.precision = Math.min(255, p)
  if (!Number.isNaN(amount.slow) || p > 22) {
    const v = Number.isNaN(amount.slow) ? (amount.negative ? -amount.mantissa : amount.mantissa) / POW10[d]! : amount.slow
    return toWan(v, UNITS[unit]!, d)
  }
  let v: number
  if (unit === 2 && d < 4) v = amount.mantissa * POW10[4 - d]!
  else v = amount.mantissa / POW10[p]!
  return amount.negative ? -v : v
}
