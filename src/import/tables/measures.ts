/**
 * Header path → stable measure key, per table kind. Matching uses the leaf (lowest header cell) first,
 * then the whole path, after norm() (no spaces, half-width brackets, no quotes).
 */
import type { TableKind } from '../../model/types'
import type { Fund, MeasureKey, ThreePublicPart } from '../../model/vocabulary'
import { norm } from '../text'

type Rule<K extends string = MeasureKey> = readonly [RegExp, K]

const TOTAL = /^(合计|小计|总计)$/

const INCOME: Rule[] = [
  [/^(本年)?收入合计$/, 'total'],
  [/附属单位上缴收入/, 'affiliated'],
  [/上级补助收入/, 'upperSubsidy'],
  [/事业收入/, 'business'],
  [/经营收入/, 'operating'],
  [/其他收入/, 'other'],
  [/^财政拨款(收入)?$/, 'fiscal'],
]

const EXPENDITURE: Rule[] = [
  [/^(本年)?支出合计$/, 'total'],
  [/上缴上级支出/, 'toUpper'],
  [/对附属单位补助支出/, 'toAffiliated'],
  [/经营支出/, 'operating'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
]

const SPENDING: Rule[] = [
  [/^(本年)?支出(合计)?$/, 'total'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
]

const GOV_FUND: Rule[] = [
  [/年初.*结转/, 'carryoverBegin'],
  [/年末.*结转/, 'carryoverEnd'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/^(本年)?支出(合计)?$/, 'total'],
  [/^本年收入(合计)?$/, 'income'],
]

const GPB_BASIC: Rule[] = [
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/^(决算数|金额|本年支出|基本支出)$/, 'total'],
]

const FISCAL_SIDES: Rule<Fund>[] = [
  [/^一般公共预算(财政拨款)?$/, 'gpb'],
  [/^政府性基金预算(财政拨款)?$/, 'govFund'],
  [/^国有资本经营预算(财政拨款)?$/, 'stateCapital'],
]

const THREE_PUBLIC_ITEMS: Rule<ThreePublicPart>[] = [
  [/因公出国/, 'abroad'],
  [/公务用车购置及运行/, 'vehicle'],
  [/公务用车运行/, 'vehicleOperation'],
  [/公务用车购置/, 'vehiclePurchase'],
  [/公务接待/, 'reception'],
]

function firstMatch<K extends string>(rules: readonly Rule<K>[], text: string): K | null {
  for (const [re, key] of rules) if (re.test(text)) return key
  return null
}

const SECTION_WORD = /^(预算|决算|实际|执行)(数|支出|金额)?$/

/**
 * 三公 columns: the section (预算/决算) and the item (合计, 因公出国, 公务用车 小计/购置/运行, 公务接待) may sit at any
 * level of the header: 预算数 over the items (one layout) or under them (four header rows over 预算数 | 决算数 pairs).
 */
function threePublicKey(path: string[]): MeasureKey | null {
  const sectionOf = (t: string) => (/决算|实际|执行/.test(t) ? 'actual' as const : /预算/.test(t) ? 'budget' as const : null)
  const word = path.find((p) => SECTION_WORD.test(p))
  const section = word ? sectionOf(word) : sectionOf(path.join('/'))
  if (!section) return null
  const items = path.filter((p) => !SECTION_WORD.test(p))
  for (let i = items.length - 1; i >= 0; i--) {
    const t = items[i]!
    if (t === '小计') {
      const key = firstMatch(THREE_PUBLIC_ITEMS, items[i - 1] ?? '')
      return key ? `${section}.${key}` : null
    }
    const key = firstMatch(THREE_PUBLIC_ITEMS, t)
    if (key) return `${section}.${key}`
    if (TOTAL.test(t)) return `${section}.total`
  }
  return word ? `${section}.total` : null
}

/** Measure key of a code-table or 三公 column, or null when the header is not one the kind knows. */
export function measureKey(kind: TableKind, printed: readonly string[]): MeasureKey | null {
  const path = printed.map(norm).filter((s) => s !== '')
  const leaf = path[path.length - 1] ?? ''
  const joined = path.join('/')
  const byLeafThenPath = (rules: Rule[]) => firstMatch(rules, leaf) ?? (TOTAL.test(leaf) ? 'total' : null)
  switch (kind) {
    case 'income': {
      const fiscalPart = /财政拨款/.test(joined) && path.length > 1 ? firstMatch(FISCAL_SIDES, leaf) : null
      if (fiscalPart) return `fiscal.${fiscalPart}`
      if (TOTAL.test(leaf) && /财政拨款/.test(joined)) return 'fiscal'
      return byLeafThenPath(INCOME)
    }
    case 'expenditure':
      return byLeafThenPath(EXPENDITURE)
    case 'gpbExpenditure':
      return byLeafThenPath(SPENDING)
    case 'govFund':
    case 'stateCapital':
      if (TOTAL.test(leaf) && /本年支出/.test(joined)) return 'total'
      if (TOTAL.test(leaf) && /本年收入/.test(joined)) return 'income'
      return firstMatch(GOV_FUND, leaf) ?? firstMatch(GOV_FUND, joined) ?? (TOTAL.test(leaf) ? 'total' : null)
    case 'gpbBasic':
      return firstMatch(GPB_BASIC, leaf) ?? (TOTAL.test(leaf) ? 'total' : firstMatch(GPB_BASIC, joined))
    case 'threePublic':
      return threePublicKey(path)
    default:
      return null
  }
}

/** Expenditure-side measure of the fiscal summary (04): 合计 → total, 一般公共预算财政拨款 → gpb … */
export function fiscalSideKey(printed: readonly string[]): MeasureKey | null {
  const path = printed.map(norm).filter((s) => s !== '')
  const leaf = path[path.length - 1] ?? ''
  if (TOTAL.test(leaf)) return 'total'
  if (/^(金额|决算数|决算金额|本年决算数?)$/.test(leaf)) return 'amount'
  return firstMatch(FISCAL_SIDES, leaf)
}

/** Role of a non-measure column in a code table. */
export type ColumnRole = 'code' | 'class' | 'section' | 'item' | 'name' | 'rowNo'

export function columnRole(printed: readonly string[]): ColumnRole | null {
  const path = printed.map(norm).filter((s) => s !== '')
  const leaf = path[path.length - 1] ?? ''
  if (leaf === '类') return 'class'
  if (leaf === '款') return 'section'
  if (leaf === '项') return 'item'
  if (/^行次$/.test(leaf)) return 'rowNo'
  if (/(代码|编码|编号)$/.test(leaf)) return 'code'
  if (/名称$/.test(leaf)) return 'name'
  if (leaf === '项目' || leaf === '科目') return 'name'
  return null
}
