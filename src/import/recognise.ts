/**
 * Which table a file holds, from its title and header text — never from the file name or position.
 * Titles are matched most specific first ("支出决算表" is a substring of four other titles).
 * Without a title row, the header (and row labels) decide.
 */
import type { TableKind } from '../model/types'
import type { CsvRow } from './csv'
import { clean, isNoteText, norm } from './text'

export type RecognisedKind = TableKind | 'stated'

export interface Recognition {
  kind: RecognisedKind
  /** title as printed, when found */
  title: string | null
  /** index in rows of the title row */
  titleRow: number | null
  by: 'title' | 'header'
  /** true when the header alone cannot tell two kinds apart (05 vs 08) */
  ambiguous: boolean
}

/** Most specific first. Matched on norm(text): no spaces, no quotes, half-width brackets. */
const TITLES: ReadonlyArray<readonly [RegExp, TableKind]> = [
  [/三公经费.*决算表/, 'threePublic'],
  [/一般公共预算财政拨款基本支出决算(\(?明细\)?)?表/, 'gpbBasic'],
  [/一般公共预算财政拨款支出决算表/, 'gpbExpenditure'],
  [/政府性基金预算财政拨款收入支出决算表/, 'govFund'],
  [/国有资本经营预算财政拨款(收入)?支出决算表/, 'stateCapital'],
  [/财政拨款收入支出决算(总)?表/, 'fiscalSummary'],
  [/收入支出决算(总)?表/, 'summary'],
  [/收入决算表/, 'income'],
  [/支出决算表/, 'expenditure'],
]


export function kindFromTitle(text: string): TableKind | null {
  const t = norm(text)
  for (const [re, kind] of TITLES) if (re.test(t)) return kind
  return null
}

const TOP_ROWS = 12

export function isStatedHeader(cells: readonly string[]): boolean {
  const set = new Set(cells.map((c) => norm(c)))
  return ['主题', '条目', '指标', '数值'].every((h) => set.has(h))
}

/** Header-based fallback; `head` = text of the top rows, `all` = text of the first rows incl. labels. */
function kindFromHeader(head: string, all: string, twoSided: boolean): { kind: TableKind; ambiguous: boolean } | null {
  const has = (re: RegExp, t = head) => re.test(t)
  // 06 before 09: the economic classification has rows named 公务接待费 and 因公出国（境）费用
  if (has(/人员经费|公用经费|经济分类/)) return { kind: 'gpbBasic', ambiguous: false }
  if (has(/因公出国|三公经费|公务接待费/)) return { kind: 'threePublic', ambiguous: false }
  if (twoSided || (has(/本年收入合计/, all) && has(/本年支出合计/, all) && has(/总计/, all))) {
    const fiscal = has(/(年初|年末)财政拨款结转/, all) || !has(/上级补助收入|事业收入|经营收入|其他收入/, all)
    return { kind: fiscal ? 'fiscalSummary' : 'summary', ambiguous: false }
  }
  if (has(/年初结转和?结余/) && has(/年末结转和?结余/)) return { kind: 'govFund', ambiguous: false }
  if (has(/本年收入合计|财政拨款收入|上级补助收入|附属单位上缴收入/)) return { kind: 'income', ambiguous: false }
  if (has(/上缴上级支出|对附属单位补助支出|经营支出/)) return { kind: 'expenditure', ambiguous: false }
  if (has(/基本支出/) && has(/项目支出/)) return { kind: 'gpbExpenditure', ambiguous: true }
  return null
}

export function recognise(rows: readonly CsvRow[]): Recognition | null {
  const top = rows.slice(0, TOP_ROWS)
  for (const r of top) {
    if (isStatedHeader(r.cells)) return { kind: 'stated', title: null, titleRow: null, by: 'header', ambiguous: false }
  }
  for (let i = 0; i < top.length; i++) {
    for (const cell of top[i]?.cells ?? []) {
      const c = clean(cell)
      if (!c || isNoteText(c)) continue
      const kind = kindFromTitle(c)
      if (kind) return { kind, title: c, titleRow: i, by: 'title', ambiguous: false }
    }
  }
  const head = top.map((r) => r.cells.map(norm).join('|')).join('\n')
  const all = rows
    .slice(0, 80)
    .map((r) => r.cells.map(norm).join('|'))
    .join('\n')
  const twoSided = top.some((r) => r.cells.filter((c) => norm(c) === '项目').length >= 2)
  const byHeader = kindFromHeader(head, all, twoSided)
  return byHeader ? { ...byHeader, title: null, titleRow: null, by: 'header' } : null
}
