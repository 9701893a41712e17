/** Okabe–Ito colour-blind-safe palette; decals (patterns) are switched on through `aria.decal`. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const

const TEXT = { fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", system-ui, sans-serif', color: '#1b1b1b' }

export interface ChartContext {
  unitLabel: string // '万元'
  fmt: (wan: number | null) => string // formats a 万元 amount in the display unit, with unit
  fmtNumber: (wan: number | null) => string // the number alone, in the display unit
  decal: boolean
  labels: { amount: string; share: string; change: string }
  /** width units an axis label may take (charts/labels.ts): AXIS_BUDGET on a phone, more where the chart is wide */
  axisBudget?: number
}

export function base(ctx: ChartContext) {
  return {
    color: [...PALETTE],
    textStyle: TEXT,
    aria: { enabled: true, decal: { show: ctx.decal } },
    // no entry animation: a chart appears drawn (its first paint is one task, not 300 ms of frames on the main thread
    // while the page loads); changes (a drill, a legend toggle) still animate
    animationDuration: 0,
    animationDurationUpdate: 300,
  }
}

/** Bar label: blank ('-' / null, never drawn as 0) gets no label. */
export function labelOf(value: unknown, ctx: ChartContext): string {
  return typeof value === 'number' ? ctx.fmtNumber(value) : ''
}
