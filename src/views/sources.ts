/**
 * Where each screen's figures come from: a standard table (any one of a group fills it) or a topic of the report's
 * narrative (说明数据). A screen whose source the dataset lacks says which table would fill it (MissingSources.vue).
 * Pure. Keep in step with the screens' view models when they start reading another table.
 */
import type { ScreenSource } from '@/model/missing'
import type { Screen } from '@/router/viewState'

const EXPENDITURE: ScreenSource = { tables: ['expenditure', 'gpbExpenditure'] }

export const SCREEN_SOURCES: Partial<Record<Screen, readonly ScreenSource[]>> = {
  overview: [{ tables: ['summary'] }, { tables: ['income'] }, EXPENDITURE, { topic: 'totals' }],
  drill: [EXPENDITURE],
  yoy: [{ topic: 'totals' }],
  reform: [{ topic: 'reform' }],
  budget: [{ topic: 'budgetExecution' }, { tables: ['gpbExpenditure', 'expenditure'] }],
  procurement: [{ topic: 'procurement' }],
  threePublic: [{ tables: ['threePublic'] }, { topic: 'threePublic' }],
  performance: [{ topic: 'performance' }, { topic: 'performanceIndicator' }, EXPENDITURE],
}
