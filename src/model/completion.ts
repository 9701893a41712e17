/**
 * 预算完成率 (executed ÷ budget) and the one review window that 预算执行 (the budget screen) and audit rule
 * R01-COMPLETION both use. Computed on integer cents and compared with the window exactly (no float rounding at
 * the edges): 80.00 % and 110.00 % are inside, 79.99 % and 110.01 % outside. Why 80–110 % is in docs/AUDIT.md.
 */

/** Completion below this percent of the budget is flagged 'under'. */
export const COMPLETION_LOW = 80
/** Completion above this percent of the budget is flagged 'over'. */
export const COMPLETION_HIGH = 110

export type CompletionFlag = 'under' | 'over' | null

export interface Completion {
  /** executed ÷ budget (1 = 100 %), from the amounts in cents */
  ratio: number
  flag: CompletionFlag
}

const cents = (wan: number) => Math.round(wan * 100)

/** Completion of a budget in 万元; null when either amount is missing or the budget is not positive. */
export function completion(executed: number | null | undefined, budget: number | null | undefined): Completion | null {
  if (executed === null || executed === undefined || budget === null || budget === undefined) return null
  const e = cents(executed)
  const b = cents(budget)
  if (b <= 0) return null
  const flag = e * 100 < COMPLETION_LOW * b ? 'under' : e * 100 > COMPLETION_HIGH * b ? 'over' : null
  return { ratio: e / b, flag }
}

/** The window applied to a completion rate stated in percent (20.4 for "20.4%"), compared in hundredths. */
export function statedCompletionFlag(percent: number | null | undefined): CompletionFlag {
  if (percent === null || percent === undefined) return null
  const h = Math.round(percent * 100)
  return h < COMPLETION_LOW * 100 ? 'under' : h > COMPLETION_HIGH * 100 ? 'over' : null
}
