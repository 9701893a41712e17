/**
 * Turning comparison outcomes into findings. One wording for all rules:
 * "<checked figure> 为 a，<what the others imply> 为 e，相差 d，<classification>".
 */
import type { Severity, SourceRef } from '../model/types'
import type { Fig, Outcome } from './numeric'
import { fmt } from './numeric'
import type { AuditContext, Finding, FindingUnit, Rule, RuleFamily, ScreenHint } from './types'

export interface RuleSpec {
  id: string
  family: RuleFamily
  severity: Severity
  description: string
  run(e: Emitter): void
}

export interface Emit {
  /** the checked (printed) figure */
  actual: Fig
  /** what it is compared with, e.g. '其下各项之和' or the other figure's label */
  expectedLabel: string
  /** the other figures involved (their refs go into `where`) */
  others: readonly Fig[]
  screen: ScreenHint
  unit?: FindingUnit
  /** extra words after the classification, e.g. the assumption a rule relies on */
  note?: string
  /** replaces the standard classification words of a mismatch */
  tail?: string
}

const UNIT_WORD: Record<FindingUnit, string> = { 万元: '万元', pp: '个百分点', '%': '%', 分: '分', 人: '人', 个: '个' }

function valueText(v: number, p: number, unit: FindingUnit): string {
  return unit === '%' || unit === 'pp' ? `${fmt(v, p)}%` : `${fmt(v, p)}${unit === '万元' ? '' : unit}`
}

export class Emitter {
  readonly findings: Finding[] = []
  constructor(
    readonly ctx: AuditContext,
    readonly rule: Pick<Rule, 'id' | 'family' | 'severity'>,
  ) {}

  get ds() {
    return this.ctx.ds
  }

  /** Record an outcome; 'ok' records nothing. Returns the finding, if any. */
  outcome(o: Outcome | null, e: Emit): Finding | null {
    if (o && this.ctx.tally) this.ctx.tally.checked++
    if (!o || o.cls === 'ok') return null
    const unit = e.unit ?? '万元'
    const diffUnit: FindingUnit = unit === '%' ? 'pp' : unit
    const p = o.precision
    const blanks = [e.actual, ...e.others].some((f) => f.blank) ? '（空白按 0 计）' : ''
    const shownActual = unit === '%' || unit === '分' ? e.actual.precision : Math.max(p, e.actual.precision)
    const head = `${e.actual.label} 为 ${valueText(o.actual, shownActual, unit)}，` +
      `${e.expectedLabel} 为 ${valueText(o.expected, p, unit)}，相差 ${fmt(o.difference, p)}${UNIT_WORD[diffUnit]}`
    const tail = o.cls === 'mismatch' && e.tail !== undefined
      ? e.tail
      : o.cls === 'rounding'
        ? `，在舍入误差 ±${o.tolerance} 以内（尾数误差）`
        : o.tolerance === 0
          ? [e.actual, ...e.others].filter((f) => !f.exact).length >= 2
            ? '，两处印出的是同一数字，不应有任何差异（不是舍入误差）'
            : '，各数均为精确数，不存在舍入误差'
          : `，超出舍入误差 ±${o.tolerance}`
    const where = [e.actual.ref, ...e.others.map((f) => f.ref)]
    const unread = [...new Set(where.map((r) => r.file))].filter((file) =>
      this.ctx.problems?.some((p) => p.severity === 'error' && p.file === file && p.line > 0))
    const caveat = unread.length ? `；注意：${unread.join('、')} 有未能导入的行，差异可能由此造成` : ''
    return this.push({
      class: o.cls === 'rounding' ? 'rounding' : 'mismatch',
      severity: o.cls === 'rounding' ? 'info' : this.rule.severity,
      message: `${head}${tail}${blanks}${e.note ? `；${e.note}` : ''}${caveat}`,
      expected: o.expected, actual: o.actual, difference: o.difference, unit: diffUnit === 'pp' ? 'pp' : unit,
      tolerance: o.tolerance,
      where,
      screen: e.screen,
    })
  }

  /** A review flag (info) or a plain finding without a numeric comparison. */
  flag(f: {
    message: string; where: SourceRef[]; screen: ScreenHint; unit?: FindingUnit
    expected?: number | null; actual?: number | null; difference?: number | null; mismatch?: boolean
  }): Finding {
    return this.push({
      class: f.mismatch ? 'mismatch' : 'flag',
      severity: f.mismatch ? this.rule.severity : 'info',
      message: f.message, expected: f.expected ?? null, actual: f.actual ?? null, difference: f.difference ?? null,
      unit: f.unit ?? '万元', where: f.where, screen: f.screen,
    })
  }

  private push(f: Omit<Finding, 'rule' | 'family' | 'datasetId'>): Finding {
    const finding: Finding = { rule: this.rule.id, family: this.rule.family, datasetId: this.ctx.datasetId, ...f }
    this.findings.push(finding)
    return finding
  }
}

export function defineRule(spec: RuleSpec): Rule {
  return {
    id: spec.id, family: spec.family, severity: spec.severity, description: spec.description,
    check(ctx) {
      const e = new Emitter(ctx, spec)
      spec.run(e)
      return e.findings
    },
  }
}
