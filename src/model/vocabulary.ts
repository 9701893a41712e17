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
