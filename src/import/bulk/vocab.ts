/**
 * Vocabulary of the bulk layout (docs/BULK.md): header names, table names, measure names, units, codes.
 * Each function maps one distinct printed value; the scanner caches the answer per distinct value.
 */
import { normaliseCode } from '../../model/classification'
import { TABLE_KINDS, type TableKind, type Unit } from '../../model/types'
import { kindFromTitle } from '../recognise'
import { measureKey } from '../tables/measures'
import { norm } from '../text'
import { printed, text } from '../../i18n/text'

export const ROLES = ['department', 'year', 'table', 'code', 'name', 'measure', 'value', 'unit', 'source'] as const
export type Role = (typeof ROLES)[number]
export const REQUIRED: readonly Role[] = ['department', 'year', 'table', 'code', 'measure', 'value']

const HEADER_NAMES: Record<Role, readonly string[]> = {
  department: ['department', '部门', '部门名称', '单位名称'],
  year: ['year', '年度', '年份'],
  table: ['table', '表', '表名', '报表'],
  code: ['code', '科目代码', '功能分类科目代码', '代码'],
  name: ['name', '科目名称', '名称'],
  measure: ['measure', '指标'],
  value: ['value', '数值', '金额'],
  unit: ['unit', '单位'],
  source: ['source', '出处', '来源'],
}

export const HEADER_EXPECTED = text('problem.bulk.headerExpected', { zh: printed('部门,年度,表,科目代码,科目名称,指标,数值,单位,出处') })

/** Role of a header cell, or null. */
export function headerRole(cell: string): Role | null {
  const key = norm(cell).toLowerCase()
  for (const role of ROLES) if (HEADER_NAMES[role].includes(key)) return role
  return null
}

/** Zhuzhou numbering of the disclosure tables: 公开01表 … 公开09表. */
const MARKER_ORDER: readonly TableKind[] = TABLE_KINDS

export const TABLE_EXPECTED = text('problem.bulk.tableExpected', { kinds: TABLE_KINDS.join('、'), markers: printed('公开01–公开09'), example: printed('支出决算表') })

/** Index into TABLE_KINDS, or -1. */
export function tableOf(printed: string): number {
  const t = printed.trim()
  const direct = TABLE_KINDS.indexOf(t as TableKind)
  if (direct >= 0) return direct
  const marker = /^公开\s*0?([1-9])\s*表?$/.exec(norm(t))
  if (marker) return TABLE_KINDS.indexOf(MARKER_ORDER[Number(marker[1]) - 1]!)
  const kind = kindFromTitle(t)
  return kind ? TABLE_KINDS.indexOf(kind) : -1
}

export const MEASURE_EXPECTED = text('problem.bulk.measureExpected', { example: printed('基本支出、财政拨款收入') })

const MEASURE_KEY = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/

/** Measure key for a printed measure in a table, or null. */
export function measureOf(printed: string, table: number): string | null {
  const t = printed.trim()
  if (MEASURE_KEY.test(t)) return t
  const kind = TABLE_KINDS[table]
  return kind && t ? measureKey(kind, [t]) : null
}

export const UNIT_EXPECTED = text('problem.bulk.unitExpected', { yuan: printed('元'), wan: printed('万元'), yi: printed('亿元') })

/** 0 = 万元, 1 = 元, 2 = 亿元; -1 unknown. */
export function unitOf(printed: string): number {
  const t = norm(printed)
  if (t === '' || t === '万元') return 0
  if (t === '元') return 1
  if (t === '亿元') return 2
  return -1
}

export const UNITS: readonly Unit[] = ['万元', '元', '亿元']

export const CODE_EXPECTED = text('problem.bulk.codeExpected')

/** Normalised code ('' = total row), or null when the printed code is not one. */
export function codeOf(printed: string): string | null {
  const t = printed.trim()
  if (t === '' || t === '合计' || t === '总计') return ''
  const digits = normaliseCode(t)
  if (digits !== null) return digits
  return MEASURE_KEY.test(t) ? t : null
}

export const YEAR_EXPECTED = text('problem.bulk.yearExpected')

/** 2024 from '2024' or '2024年'; null when not a year in 1990–2100. */
export function yearOf(printed: string): number | null {
  const m = /^(\d{4})年?$/.exec(printed.trim())
  const y = m ? Number(m[1]) : NaN
  return y >= 1990 && y <= 2100 ? y : null
}
