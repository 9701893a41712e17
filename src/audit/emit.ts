/**
 * Turning comparison outcomes into findings. One wording for all rules:
 * "<checked figure> 为 a，<what the others imply> 为 e，相差 d，<classification>" — built as a language-neutral
 * text (key `finding.outcome`, src/i18n/catalogue/), from which the Chinese `message` is rendered.
 */
import type { Severity, SourceRef } from '../model/types'
import ZH from '../i18n/catalogue/zh'
import { joined, printed, renderText, text, type Param, type Text } from '../i18n/text'
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
  /** what it is compared with, e.g. text('finding.T01-SUM-ITEM-SECTION.children', …) or the other figure's label */
  expectedLabel: Param
  /** the other figures involved (their refs go into `where`) */
  others: readonly Fig[]
  screen: ScreenHint
  unit?: FindingUnit
  /** extra words after the classification, e.g. the assumption a rule relies on */
  note?: Param
  /** replaces the standard classification words of a mismatch */
  tail?: Param
}

/** Catalogue key suffix of each finding unit: value.<u>, diff.<u>, unit.<u>. */
export const UNIT_KEY: Record<FindingUnit, string> = { 万元: 'wan', pp: 'pp', '%': 'pct', 分: 'score', 人: 'people', 个: 'count' }

/** The unit of a difference of figures in `unit`: two percentages differ by percentage points. */
export const differenceUnit = (unit: FindingUnit): FindingUnit => (unit === '%' ? 'pp' : unit)

function valueText(v: number, p: number, unit: FindingUnit): Text {
  return text(`value.${UNIT_KEY[unit === 'pp' ? '%' : unit]}`, { n: fmt(v, p) })
}

/** The Chinese wording of a sentence: what `Finding.message` holds and `npm run audit` prints. */
const zh = (t: Param): string => renderText(t, ZH)

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
    const diffUnit = differenceUnit(unit)
    const p = o.precision
    const blanks = [e.actual, ...e.others].some((f) => f.blank)
    const shownActual = unit === '%' || unit === '分' ? e.actual.precision : Math.max(p, e.actual.precision)
    const tail = o.cls === 'mismatch' && e.tail !== undefined
      ? e.tail
      : o.cls === 'rounding'
        ? text('finding.tail.rounding', { tolerance: o.tolerance })
        : o.tolerance === 0
          ? [e.actual, ...e.others].filter((f) => !f.exact).length >= 2
            ? text('finding.tail.same')
            : text('finding.tail.exact')
          : text('finding.tail.beyond', { tolerance: o.tolerance })
    const where = [e.actual.ref, ...e.others.map((f) => f.ref)]
    const unread = [...new Set(where.map((r) => r.file))].filter((file) =>
      this.ctx.problems?.some((p) => p.severity === 'error' && p.file === file && p.line > 0))
    const t = text('finding.outcome', {
      actual: e.actual.label,
      actualValue: valueText(o.actual, shownActual, unit),
      expected: e.expectedLabel,
      expectedValue: valueText(o.expected, p, unit),
      difference: text(`diff.${UNIT_KEY[diffUnit]}`, { n: fmt(o.difference, p) }),
      tail,
      blanks: blanks ? text('finding.blanks') : '',
      note: e.note !== undefined ? text('finding.note', { note: e.note }) : '',
      caveat: unread.length ? text('finding.caveat', { files: joined(unread.map(printed), 'sep.list') }) : '',
    })
    return this.push({
      class: o.cls === 'rounding' ? 'rounding' : 'mismatch',
      severity: o.cls === 'rounding' ? 'info' : this.rule.severity,
      text: t, message: zh(t),
      expected: o.expected, actual: o.actual, difference: o.difference, unit: diffUnit === 'pp' ? 'pp' : unit,
      tolerance: o.tolerance,
      where,
      screen: e.screen,
    })
  }

  /**
   * A review flag (info) or a plain finding without a numeric comparison. `text` is the sentence
   * (catalogue key `finding.<RULE>.<variant>`); a bare `message` string is taken as it is, in every language.
   */
  flag(f: {
    text?: Text; message?: string; where: SourceRef[]; screen: ScreenHint; unit?: FindingUnit
    expected?: number | null; actual?: number | null; difference?: number | null; mismatch?: boolean
  }): Finding {
    const t = f.text ?? text('finding.verbatim', { message: f.message ?? '' })
    return this.push({
      class: f.mismatch ? 'mismatch' : 'flag',
      severity: f.mismatch ? this.rule.severity : 'info',
      text: t, message: zh(t), expected: f.expected ?? null, actual: f.actual ?? null, difference: f.difference ?? null,
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
