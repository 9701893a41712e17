/**
 * 数据核对 — the audit of published figures. `runAudit(datasets)` runs every rule in RULES over each
 * dataset and returns findings sorted by severity. Plain TypeScript: runs in Node (CLI) and the browser.
 */
import type { Dataset } from '../model/types'
import { basicDetailVsGpb, fundTablesVsFiscal, gpbVsExpenditure, incomeVsSpendingCodes } from './rules/across-detail'
import { threePublicStated } from './rules/across-stated'
import { classFiscalVsGpb, classSummaryVsExpenditure, fiscalVsSummary, summaryVsDetail } from './rules/across-summary'
import { fiscalBalanceRule, govFundBalanceRule, summaryBalanceRule } from './rules/balance'
import { priorYearStated } from './rules/cross-year'
import { completionFlag, threePublicIncrease, yoyFlag } from './rules/review'
import { budgetTotal, executionActuals, executionDirection, statedRates } from './rules/statement-budget'
import { duplicates, smeCategories, statedParts } from './rules/statement-parts'
import { indicatorScores, indicatorSums, projectRates, projectSums } from './rules/statement-performance'
import { statedChanges, statedShares } from './rules/statement-ratios'
import { statedVsTables } from './rules/statement-tables'
import { rowParts, threePublicParts } from './rules/within-rows'
import { summaryRows } from './rules/within-summary'
import { sumClassTotal, sumItemSection, sumSectionClass } from './rules/within-tree'
import { runRules } from './run'
import type { AuditOptions, AuditReport, Rule } from './types'

export const RULES: readonly Rule[] = [
  // within a table
  sumItemSection, sumSectionClass, sumClassTotal, rowParts, threePublicParts, summaryRows, statedParts,
  // balance
  summaryBalanceRule, fiscalBalanceRule, govFundBalanceRule,
  // across tables
  summaryVsDetail, classSummaryVsExpenditure, gpbVsExpenditure, classFiscalVsGpb, fiscalVsSummary,
  basicDetailVsGpb, fundTablesVsFiscal, threePublicStated, incomeVsSpendingCodes,
  // statements vs tables and amounts
  statedVsTables, statedShares, statedChanges, statedRates, executionActuals, budgetTotal, projectRates,
  projectSums, indicatorSums, smeCategories, duplicates, executionDirection, indicatorScores,
  // review flags
  completionFlag, yoyFlag, threePublicIncrease,
  // across years (only when last year's report of the department is loaded: AuditOptions.context)
  priorYearStated,
]

export function runAudit(datasets: readonly Dataset[], options: AuditOptions = {}): AuditReport {
  return runRules(RULES, datasets, options)
}

export type { AuditReport, Finding, Rule, RuleFamily, AuditOptions, AuditCounts } from './types'
export type { Materiality } from './materiality'
export { groupByCause, tallyFindings, type Cause, type Tally } from './causes'
