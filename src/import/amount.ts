/**
 * One printed amount → number. Accepts thousands separators (, and full-width ，), spaces (incl. U+3000, NBSP),
 * full-width digits/point/minus, minus signs - − – －, and accounting negatives "(1,489.93)".
 * Blank, "—", "-", "－", "——", "/" alone mean "no figure" → null (never 0). "0.00" is 0.
 */
import { text, type Text } from '../i18n/text'

export type AmountParse = { ok: true; value: number | null; decimals: number } | { ok: false; expected: Text }

export const AMOUNT_EXPECTED = text('problem.amount.invalid.expected')

/** Cells that print "no figure". Compared after trimming spaces. */
const NULL_TOKENS = new Set(['', '—', '——', '-', '--', '－', '－－', '–', '−', '/', '／', '―', '─'])

const SPACES = /[\s\u00a0\u3000\u2002-\u200b\ufeff]/g

/** Full-width ASCII (digits, ．，－（）＋) → half-width; minus-like dashes → '-'. */
function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[−–‒﹣]/g, '-')
    .replace(/[﹐、]/g, ',')
}

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

const PLAIN = /^(-?)(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/

export function parseAmount(raw: string): AmountParse {
  if (raw === '') return { ok: true, value: null, decimals: 0 }
  const plain = PLAIN.exec(raw)
  if (plain) {
    const v = Number(plain[2]!.length > 3 ? raw.replace(/,/g, '') : raw)
    return { ok: true, value: plain[1] && v !== 0 ? v : Math.abs(v), decimals: (plain[3] ?? '').length }
  }
  const trimmed = raw.replace(SPACES, ' ').trim()
  if (NULL_TOKENS.has(trimmed)) return { ok: true, value: null, decimals: 0 }
  let s = toHalfWidth(trimmed)
  let negative = false
  const paren = /^\((.*)\)$/.exec(s)
  if (paren) {
    negative = true
    s = (paren[1] ?? '').trim()
  }
  const sign = /^([+-])\s*(.*)$/.exec(s)
  if (sign) {
    if (sign[1] === '-') negative = !negative
    s = sign[2] ?? ''
  }
  // spaces between digit groups ("1 489.93") act as thousands separators and must group by three
  s = s.trim().replace(/(\d) (?=\d)/g, '$1,')
  const m = NUMBER.exec(s)
  if (!m) return { ok: false, expected: AMOUNT_EXPECTED }
  const intPart = (m[1] ?? '').replace(/,/g, '')
  const frac = m[2] ?? ''
  const value = Number(frac ? `${intPart}.${frac}` : intPart)
  if (!Number.isFinite(value)) return { ok: false, expected: AMOUNT_EXPECTED }
  return { ok: true, value: negative && value !== 0 ? -value : value, decimals: frac.length }
}

/** True when the cell prints a figure or a "no figure" token (used to tell data rows from header rows). */
export function isNumeric(raw: string): boolean {
  const p = parseAmount(raw)
  return p.ok && p.value !== null
}
