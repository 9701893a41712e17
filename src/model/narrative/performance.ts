/** 绩效评价: the evaluated projects (budget, executed, rate, score, grade) and the self-evaluation indicators. */
import { topicIndex, num, text, printed, figuresOf } from '@/model/stated'
import { pct, ratio, sumCents } from '@/model/format'
import type { Dataset, StatedFigure } from '@/model/types'
import { isItemOf } from '@/model/vocabulary'

export interface Project {
  id: `p${number}`
  name: string
  budget: number | null
  executed: number | null
  executedAlt: number | null
  adjustment: number | null
  statedRate: number | null
  statedRateText: string | null
  rate: number | null
  score: number | null
  grade: string | null
  nameAlt: string | null
}

export interface Indicator {
  id: `i${number}`
  level1: string
  level2: string
  name: string
  target: string
  actual: string
  weight: number | null
  score: number | null
}

export interface PerformanceEvaluation {
  projects: Project[]
  indicators: Indicator[]
  overall: { score: number | null; grade: string | null; budgetFull: number | null; executed: number | null; rate: number | null }
  indicatorTotal: { weight: number | null; score: number | null; sumWeight: number | null; sumScore: number | null }
  executedSum: number | null
  /** 项目支出 of the expenditure table's 合计 row, and the code rows with project spending */
  projectSpending: { total: number | null; lines: { code: string; name: string; project: number }[] }
  figures: StatedFigure[]
}

export function performanceEvaluation(ds: Dataset): PerformanceEvaluation {
  const p = topicIndex(ds.stated, 'performance')
  const ind = topicIndex(ds.stated, 'performanceIndicator')
  const projects: Project[] = [...p.keys()]
    .filter((k) => isItemOf('p', k))
    .map((id) => {
      const budget = num(p, id, 'budget')
      const executed = num(p, id, 'executed')
      return {
        id, name: [...p.get(id)!.values()][0]!.name, budget, executed, executedAlt: num(p, id, 'executedAlt'),
        adjustment: num(p, id, 'adjustment'), statedRate: num(p, id, 'rate'), statedRateText: printed(p, id, 'rate'), rate: pct(ratio(executed, budget)),
        score: num(p, id, 'score'), grade: text(p, id, 'grade'), nameAlt: text(p, id, 'nameAlt'),
      }
    })
  const indicators: Indicator[] = [...ind.keys()]
    .filter((k) => isItemOf('i', k))
    .map((id) => ({
      id, level1: text(ind, id, 'level1') ?? '', level2: text(ind, id, 'level2') ?? '', name: text(ind, id, 'name') ?? '',
      target: text(ind, id, 'target') ?? '', actual: text(ind, id, 'actualText') ?? '', weight: num(ind, id, 'weight'), score: num(ind, id, 'score'),
    }))
  const exp = ds.tables.expenditure ?? ds.tables.gpbExpenditure
  const total = exp?.rows.find((r) => r.isTotal && !r.code)?.values.project ?? null
  const lines = (exp?.rows ?? [])
    .filter((r) => r.code && (r.values.project ?? 0) > 0)
    .map((r) => ({ code: r.code!, name: r.name, project: r.values.project! }))
  return {
    projects,
    indicators,
    overall: {
      score: num(p, 'overall', 'score'), grade: text(p, 'overall', 'grade'), budgetFull: num(p, 'overall', 'budgetFull'),
      executed: num(p, 'overall', 'executed'), rate: num(p, 'overall', 'rate'),
    },
    indicatorTotal: {
      weight: num(ind, 'total', 'weight'), score: num(ind, 'total', 'score'),
      sumWeight: sumCents([...indicators.map((i) => i.weight), num(p, 'overall', 'weight')]),
      sumScore: sumCents([...indicators.map((i) => i.score), num(p, 'overall', 'weightedScore')]),
    },
    executedSum: sumCents(projects.map((x) => x.executed)),
    projectSpending: { total, lines },
    figures: figuresOf(p, ind),
  }
}
