/** Table specs of the 绩效评价 screen; the figures come from model/narrative/performance.ts. Pure. */
import { sections } from '@/model/stated'
import type { TableSpec } from '@/model/tableSpec'
import type { PerformanceEvaluation } from '@/model/narrative/performance'


export interface ProjectLabels {
  name: string
  budget: string
  executed: string
  statedRate: string
  rate: string
  score: string
  grade: string
  note: string
  alt: (v: string) => string
  adjusted: (v: string) => string
}

export function projectSpec(v: PerformanceEvaluation, l: ProjectLabels, fmt: (n: number | null) => string): TableSpec {
  return {
    columns: [
      { key: 'name', label: l.name, kind: 'text', printed: true },
      { key: 'budget', label: l.budget, kind: 'amount' },
      { key: 'executed', label: l.executed, kind: 'amount' },
      { key: 'statedRate', label: l.statedRate, kind: 'statedPercent' },
      { key: 'rate', label: l.rate, kind: 'percent' },
      { key: 'score', label: l.score, kind: 'number' },
      { key: 'grade', label: l.grade, kind: 'text', printed: true },
      { key: 'note', label: l.note, kind: 'text' },
    ],
    rows: v.projects.map((x) => ({
      name: x.name, budget: x.budget, executed: x.executed, statedRate: x.statedRateText ?? x.statedRate, rate: x.rate, score: x.score, grade: x.grade ?? '',
      note: [x.adjustment !== null ? l.adjusted(fmt(x.adjustment)) : '', x.executedAlt !== null ? l.alt(fmt(x.executedAlt)) : '']
        .filter(Boolean)
        .join('；'),
      target: x.id,
    })),
  }
}

export function indicatorSpec(v: PerformanceEvaluation, l: Record<'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score', string>): TableSpec {
  return {
    columns: [
      { key: 'level1', label: l.level1, kind: 'text', printed: true },
      { key: 'level2', label: l.level2, kind: 'text', printed: true },
      { key: 'name', label: l.name, kind: 'text', printed: true },
      { key: 'target', label: l.target, kind: 'text', printed: true },
      { key: 'actual', label: l.actual, kind: 'text', printed: true },
      { key: 'weight', label: l.weight, kind: 'number' },
      { key: 'score', label: l.score, kind: 'number' },
    ],
    rows: v.indicators.map((i) => ({ ...i, target: i.id })),
  }
}

export const performanceSources = (v: PerformanceEvaluation) => sections(v.figures)
