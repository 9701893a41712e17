/** View model of 数据核对: findings grouped by severity and family, as a table and as CSV rows. Pure. */
import { groupByCause, type Cause, type Finding, type RuleFamily } from '@/audit'
import type { Dataset } from '@/model/types'
import type { Severity } from '@/model/types'
import type { TableSpec } from '@/model/tableSpec'
import type { Part } from '@/i18n/text'

export const SEVERITIES: Severity[] = ['error', 'warning', 'info']
export const FAMILIES: RuleFamily[] = ['import', 'within', 'balance', 'across', 'statement', 'review']

export interface Group {
  severity: Severity
  family: RuleFamily
  findings: Finding[]
}

export function groupFindings(findings: readonly Finding[], filter: { severity?: Severity | null } = {}): Group[] {
  const groups: Group[] = []
  for (const severity of SEVERITIES) {
    if (filter.severity && filter.severity !== severity) continue
    for (const family of FAMILIES) {
      const list = findings.filter((f) => f.severity === severity && f.family === family)
      if (list.length) groups.push({ severity, family, findings: list })
    }
  }
  return groups
}

/** The findings by root cause, ranked (severity, then money at stake), optionally of one severity. */
export function rankedCauses(findings: readonly Finding[], ds: Dataset, filter: { severity?: Severity | null } = {}): Cause[] {
  return groupByCause(findings, ds).filter((c) => !filter.severity || c.severity === filter.severity)
}

/** A share of total spending as shown: 0.67724 → "67.72%", 0.0000067 → "<0.01%". */
export function shareText(share: number | null): string | null {
  if (share === null) return null
  if (share > 0 && share < 0.0001) return '<0.01%'
  return `${(share * 100).toFixed(2)}%`
}

/** "file:line:column" of the checked figure (the first place): the CSV's position column. */
function position(f: Finding): string {
  const w = f.where[0]
  if (!w) return ''
  return `${w.file}${w.line ? `:${w.line}` : ''}${w.column ? `:${w.column}` : ''}`
}

export type FindingLabels = Record<'rule' | 'severity' | 'family' | 'class' | 'message' | 'expected' | 'actual' | 'difference' | 'unit' | 'position' | 'other', string> & {
  /** display names of severity, family and class values */
  value: (kind: 'severity' | 'family' | 'class', key: string) => string
  /** a finding's sentence in the language on screen, in runs (printed names marked); default: its Chinese message */
  sentence?: (f: Finding) => Part[]
  /** a finding unit's word in the language on screen ('10k yuan'); default: the unit as stored */
  unitWord?: (u: Finding['unit']) => string
}

export function findingsSpec(findings: readonly Finding[], l: FindingLabels): TableSpec {
  const sentences = findings.map((f): Part[] => (l.sentence ? l.sentence(f) : [{ text: f.message }]))
  return {
    columns: [
      { key: 'rule', label: l.rule, kind: 'text' },
      { key: 'severity', label: l.severity, kind: 'text' },
      { key: 'family', label: l.family, kind: 'text' },
      { key: 'class', label: l.class, kind: 'text' },
      { key: 'message', label: l.message, kind: 'text' },
      { key: 'expected', label: l.expected, kind: 'number' },
      { key: 'actual', label: l.actual, kind: 'number' },
      { key: 'difference', label: l.difference, kind: 'number' },
      { key: 'unit', label: l.unit, kind: 'text' },
      { key: 'position', label: l.position, kind: 'text', printed: true },
      { key: 'other', label: l.other, kind: 'text', printed: true },
    ],
    rows: findings.map((f, i) => ({
      rule: f.rule, severity: l.value('severity', f.severity), family: l.value('family', f.family), class: l.value('class', f.class),
      message: sentences[i]!.map((p) => p.text).join(''),
      expected: f.expected, actual: f.actual, difference: f.difference, unit: l.unitWord ? l.unitWord(f.unit) : f.unit, position: position(f),
      other: f.where.slice(1).map((w) => `${w.file}${w.line ? `:${w.line}` : ''}${w.column ? `:${w.column}` : ''}`).join('; '),
    })),
    runs: sentences.map((message) => ({ message })),
  }
}
