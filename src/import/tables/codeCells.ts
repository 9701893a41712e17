/**
 * Classification code of a data row: one code cell ("2010201", "201 02 01", ="2010201", '2010201),
 * split 类/款/项 cells ("201","06","01" → "2010601"; blank 类 inherits from the row above), or a code
 * printed in front of the name ("2010201 行政运行").
 */
import { normaliseCode } from '../../model/classification'
import { text, type Text } from '../../i18n/text'
import { clean } from '../text'

export type CodeColumns =
  | { mode: 'single'; code: number }
  | { mode: 'split'; cls: number; section: number | null; item: number | null }
  | { mode: 'none' }

export type CodeRead =
  | { ok: true; code: string | null; label: string | null }
  | { ok: false; column: number; value: string; expected: Text }

/** Excel text guards: ="2010201", '2010201, \t2010201. */
export function unguard(raw: string): string {
  const s = clean(raw)
  const eq = /^="(.*)"$/.exec(s)
  if (eq) return clean(eq[1])
  return s.replace(/^'/, '')
}

const EXPECTED_CODE = text('problem.code.invalid.expected')
const EXPECTED_PART = text('problem.code.invalid.expectedParts')

export interface SplitMemory {
  cls: string | null
  section: string | null
}

function pad2(s: string): string | null {
  return /^\d{1,2}$/.test(s) ? s.padStart(2, '0') : null
}

function readSplit(cells: readonly string[], cols: Extract<CodeColumns, { mode: 'split' }>, memory: SplitMemory): CodeRead {
  const c = unguard(cells[cols.cls] ?? '')
  const k = cols.section === null ? '' : unguard(cells[cols.section] ?? '')
  const x = cols.item === null ? '' : unguard(cells[cols.item] ?? '')
  if (c === '' && k === '' && x === '') return { ok: true, code: null, label: null }
  if (c !== '' && !/\d/.test(c) && k === '' && x === '') return { ok: true, code: null, label: c }
  const whole = normaliseCode(c)
  if (whole && whole.length > 3 && k === '' && x === '') return { ok: true, code: whole, label: null }
  const cls = c === '' ? memory.cls : /^\d{3}$/.test(c) ? c : null
  if (!cls) return { ok: false, column: cols.cls + 1, value: c, expected: EXPECTED_PART }
  let section: string | null = null
  if (k !== '') {
    section = /^\d{5}$/.test(k) && k.startsWith(cls) ? k.slice(3) : pad2(k)
    if (!section) return { ok: false, column: (cols.section ?? 0) + 1, value: k, expected: EXPECTED_PART }
  } else if (x !== '') section = c === '' ? memory.section : null
  if (x !== '' && !section) return { ok: false, column: (cols.section ?? 0) + 1, value: k, expected: EXPECTED_PART }
  let item: string | null = null
  if (x !== '') {
    item = /^\d{7}$/.test(x) && x.startsWith(cls + section) ? x.slice(5) : pad2(x)
    if (!item) return { ok: false, column: (cols.item ?? 0) + 1, value: x, expected: EXPECTED_PART }
  }
  memory.cls = cls
  memory.section = section
  return { ok: true, code: cls + (section ?? '') + (item ?? ''), label: null }
}

/** Read the code of a row. `label` = non-code text printed in a code cell (e.g. 合计). */
export function readCode(cells: readonly string[], cols: CodeColumns, memory: SplitMemory): CodeRead {
  if (cols.mode === 'split') return readSplit(cells, cols, memory)
  if (cols.mode === 'none') return { ok: true, code: null, label: null }
  const raw = unguard(cells[cols.code] ?? '')
  if (raw === '') return { ok: true, code: null, label: null }
  if (!/\d/.test(raw)) return { ok: true, code: null, label: raw }
  const code = normaliseCode(raw)
  if (!code) return { ok: false, column: cols.code + 1, value: raw, expected: EXPECTED_CODE }
  return { ok: true, code, label: null }
}

/** "2010201 行政运行" → code + name; null when the text does not start with a code. */
export function splitCodeName(text: string): { code: string; name: string } | null {
  const m = /^(\d{3}(?:[\s.．]?\d{2}){0,2})(?!\d)\s*(.*)$/.exec(clean(text))
  if (!m) return null
  const code = normaliseCode(m[1] ?? '')
  return code ? { code, name: clean(m[2]) } : null
}
