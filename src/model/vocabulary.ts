/**
 * The importer's keys: the one vocabulary the audit, the model and the screens use for the columns of the nine
 * tables (measure keys) and the rows of the two-sided summary tables (item keys). The importer
 * (import/tables/measures.ts, summaryItems.ts) is the only place that reads printed headers and row names;
 * everything downstream looks columns and rows up by these keys, never by header text.
 */

/** The three fiscal funds (一般公共预算 / 政府性基金预算 / 国有资本经营预算). */
export type Fund = 'gpb' | 'govFund' | 'stateCapital'

/** 三公 parts: 合计, 因公出国（境）, 公务用车 购置及运行 (小计) / 购置 / 运行, 公务接待. */
export const THREE_PUBLIC_PARTS = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const
export type ThreePublicPart = (typeof THREE_PUBLIC_PARTS)[number]
export type ThreePublicSide = 'budget' | 'actual'

/** Income sources of 收入决算表 (02) besides 财政拨款. */
export type IncomeSource = 'upperSubsidy' | 'business' | 'operating' | 'affiliated' | 'other'

/** A measure column of a recognised table (ColumnDef.key, TableRow.values). */
export type MeasureKey =
  // every code table: 合计 / 小计 / 本年支出; 05–08 基本/项目; 06 人员/公用
  | 'total' | 'basic' | 'project' | 'personnel' | 'public'
  // 02 收入: 财政拨款 and its funds, the other sources
  | 'fiscal' | `fiscal.${Fund}` | IncomeSource
  // 03 支出: the other uses
  | 'toUpper' | 'toAffiliated'
  // 07/08 fund tables: 年初结转和结余, 本年收入, 年末结转和结余
  | 'carryoverBegin' | 'income' | 'carryoverEnd'
  // 01/04 summary tables: a side's 金额/决算数; 04's expenditure by fund
  | 'amount' | Fund
  // 三公 (09): 预算数 / 决算数 × part
  | `${ThreePublicSide}.${ThreePublicPart}`

/** A row of the two-sided summary tables 01/04 (TableRow.item). */
export type SummaryItem =
  | 'totalIncome' | 'surplusUsed' | 'grandTotal' | 'totalExpenditure' | 'surplusDistribution'
  | `income.${'fiscal' | Fund | IncomeSource}`
  | 'carryoverBegin' | `carryoverBegin.${Fund}` | 'carryoverEnd' | `carryoverEnd.${Fund}`
  // an expenditure 类 (its code in TableRow.code)
  | 'class'

/**
 * The stated (narrative) figures of 说明数据.csv (docs/DATA.md §2): topic → item → measure. The importer
 * (import/tables/stated.ts) is the one place where the printed 主题/条目/指标 cells become these keys: a row whose
 * topic, item (for its topic) or measure is not in this vocabulary is reported, not kept. Downstream code compares
 * keys and asks `isItemOf` for an open family; it never re-reads the printed strings.
 */
export const STATED_TOPICS = [
  'totals', 'income', 'expenditure', 'classStructure', 'budgetExecution', 'basicSplit', 'threePublic',
  'operatingCost', 'meeting', 'procurement', 'reform', 'performance', 'performanceIndicator', 'staffing', 'assets',
] as const
export type StatedTopic = (typeof STATED_TOPICS)[number]

/**
 * A key of the report's own: `x.<identifier>` (an ASCII letter, then letters or digits). As an item, something the
 * report narrates that the format does not name (an achievement of 自评报告 六（一）); as a measure, a figure the report
 * states about an item (a count of an achievement, a project's own output). Such a figure keeps 名称, 数值, 单位, 原文 as
 * printed and is never interpreted: no code names an `x.` key. The one pattern for items and measures.
 */
const OWN_KEY = /^x\.[A-Za-z][A-Za-z0-9]*$/
type OwnKey = `x.${string}`
const isOwnKey = (s: string): s is OwnKey => OWN_KEY.test(s)

/**
 * Open item families: keys numbered in the order the report states them, classification codes, and the report's own
 * keys. These are the only items not fixed by the format; each is still a typed key (a template literal), recognised
 * once, here.
 */
const ITEM_FAMILIES = {
  /** budgetExecution: a numbered 五（三） line printed without a usable code (`line1`) */
  line: /^line[1-9]\d*$/,
  /** performance: an evaluated project, in the order of 十三（二）二 (`p1`…) */
  p: /^p[1-9]\d*$/,
  /** performanceIndicator: one 附件2 indicator row, top to bottom (`i1`…) */
  i: /^i[1-9]\d*$/,
  /** reform: a unit (二级机构), an internal section (内设科室), a transfer of funds (`unit1`, `section1`, `transfer1`…) */
  unit: /^unit[1-9]\d*$/,
  section: /^section[1-9]\d*$/,
  transfer: /^transfer[1-9]\d*$/,
  /** classStructure: a 类 code (`201`) */
  classCode: /^\d{3}$/,
  /** budgetExecution: the 类/款/项 code of a line (`201`, `20805`, `2080501`) */
  code: /^\d{3}(?:\d{2}){0,2}$/,
  /** performance: an achievement the report narrates, in its own words (`x.<identifier>`) */
  x: OWN_KEY,
} as const
export type ItemFamily = keyof typeof ITEM_FAMILIES

/** A functional classification code used as an item key: 3, 5 or 7 digits (the same text as 科目代码). */
export type CodeKey = `${number}`

interface FamilyKeys {
  line: `line${number}`
  p: `p${number}`
  i: `i${number}`
  unit: `unit${number}`
  section: `section${number}`
  transfer: `transfer${number}`
  classCode: CodeKey
  code: CodeKey
  x: OwnKey
}

/** Per topic: the items the format fixes (docs/DATA.md §2 “Topic / item / measure vocabulary”) and its open families. */
export const STATED_ITEMS = {
  totals: { keys: ['total', 'fiscal', 'gpbExpenditure'], open: [] },
  income: { keys: ['total', 'fiscal'], open: [] },
  expenditure: { keys: ['total', 'basic', 'project'], open: [] },
  classStructure: { keys: [], open: ['classCode'] },
  budgetExecution: { keys: ['total'], open: ['line', 'code'] },
  basicSplit: { keys: ['basic', 'personnel', 'public'], open: [] },
  threePublic: { keys: [...THREE_PUBLIC_PARTS, 'vehicles', 'receptions'], open: [] },
  operatingCost: { keys: ['total'], open: [] },
  meeting: { keys: ['total'], open: [] },
  procurement: {
    keys: ['total', 'goods', 'works', 'services', 'sme', 'smallMicro', 'goodsSme', 'worksSme', 'servicesSme'], open: [],
  },
  reform: { keys: ['staff', 'receiver'], open: ['unit', 'section', 'transfer'] },
  // overall; the evaluated projects; the report's own achievements (自评报告 六（一）)
  performance: { keys: ['overall'], open: ['p', 'x'] },
  // the 一级指标 groups' weights (附件2 prints 产出/效益/满意度 here; 成本指标 is a group the audit also knows), 总分
  performanceIndicator: { keys: ['output', 'benefit', 'satisfaction', 'cost', 'total'], open: ['i'] },
  staffing: { keys: ['sections', 'established', 'onPost', 'inPost', 'retired'], open: [] },
  assets: { keys: ['vehicles', 'emergencyVehicles', 'equipmentOver1m'], open: [] },
} as const satisfies Record<StatedTopic, { keys: readonly string[]; open: readonly ItemFamily[] }>

/** The items a topic admits: its fixed keys and the keys of its open families. */
export type StatedItemOf<T extends StatedTopic> =
  | (typeof STATED_ITEMS)[T]['keys'][number]
  | FamilyKeys[(typeof STATED_ITEMS)[T]['open'][number]]
/** Any topic's item (StatedFigure.item); which items a topic admits is checked by the importer. */
export type StatedItem = StatedItemOf<StatedTopic>

/**
 * The measures the format fixes (docs/DATA.md §2), grouped by the topics that use it. A measure may also be a key of
 * the report's own (`x.<identifier>`, `isOwnKey`): a figure kept as printed, never read by name.
 */
export const STATED_MEASURES = [
  // amounts, shares and the change against the previous year (totals, income, expenditure, classStructure, basicSplit,
  // procurement, operatingCost, meeting); `prior` is a printed 上年数, or derived (this year − changeAmount)
  'amount', 'share', 'shareOfTotal', 'changeAmount', 'changePct', 'prior', 'changeVsBudget', 'changeVsBudgetPct',
  // budget against actual (budgetExecution, threePublic, performance projects)
  'budget', 'actual', 'rate', 'direction', 'reason',
  // counts (threePublic vehicles and receptions, staffing, assets)
  'count', 'groups', 'visitors',
  // reform: staff moved, the receiving body, units/sections/transfers and their direction
  'total', 'shiye', 'xingzheng', 'name', 'out', 'in', 'dropped', 'keptHere', 'keptOther', 'counterpart',
  // performance overall
  'projects', 'projectFunds', 'gpbProjects', 'gpbProjectFunds', 'projectShare', 'evaluatedProjects', 'evaluatedFunds',
  'budgetFull', 'executed', 'score', 'grade', 'projectShareOfProjects', 'budgetInitial', 'weight', 'weightedScore',
  'budgetGpb', 'budgetGovFund', 'budgetSpecialAccount', 'budgetOther', 'budgetBasic', 'budgetProject',
  // performance projects
  'executedAlt', 'adjustment', 'carryover', 'nameAlt',
  // performanceIndicator rows (附件2)
  'level1', 'level2', 'target', 'actualText',
] as const
export type StatedMeasure = (typeof STATED_MEASURES)[number] | OwnKey

/** topic, item, measure of one stated figure */
export type StatedKey = readonly [topic: StatedTopic, item: StatedItem, measure: StatedMeasure]

const TOPIC_SET: ReadonlySet<string> = new Set(STATED_TOPICS)
const MEASURE_SET: ReadonlySet<string> = new Set(STATED_MEASURES)
export const isStatedTopic = (s: string): s is StatedTopic => TOPIC_SET.has(s)
export const isStatedMeasure = (s: string): s is StatedMeasure => MEASURE_SET.has(s) || isOwnKey(s)

/** Whether an item key belongs to an open family (`isItemOf('p', item)`: an evaluated project). */
export function isItemOf<F extends ItemFamily>(family: F, item: string): item is FamilyKeys[F] {
  return ITEM_FAMILIES[family].test(item)
}

/** Whether `item` is one of the topic's items: a fixed key or a key of one of its families. */
export function isStatedItem<T extends StatedTopic>(topic: T, item: string): item is StatedItemOf<T> {
  const spec: { keys: readonly string[]; open: readonly ItemFamily[] } = STATED_ITEMS[topic]
  return spec.keys.includes(item) || spec.open.some((f) => isItemOf(f, item))
}
