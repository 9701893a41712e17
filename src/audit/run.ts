/** Running the rules over datasets; import problems of severity error join the findings (rule IMPORT). */
import type { Dataset, ImportProblem, Severity } from '../model/types'
import type { AuditCounts, AuditOptions, AuditReport, Finding, Rule } from './types'
import ZH from '../i18n/catalogue/zh'
import { renderText, type Text } from '../i18n/text'
import { problemText } from './import-problem'

/** A finding's sentence and its Chinese wording. */
const sentence = (t: Text) => ({ text: t, message: renderText(t, ZH) })

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

const emptyCounts = (): AuditCounts => ({ error: 0, warning: 0, info: 0 })

function countFindings(findings: readonly Finding[]): AuditCounts {
  const c = emptyCounts()
  for (const f of findings) c[f.severity]++
  return c
}

/** An import problem of severity error as a finding: the file could not be (fully) read. */
function problemFinding(p: ImportProblem, datasetId: string): Finding {
  return {
    rule: 'IMPORT', severity: p.severity, family: 'import', class: 'mismatch',
    ...sentence(problemText(p)),
    expected: null, actual: null, difference: null, unit: '万元',
    where: [{ file: p.file, line: p.line, ...(p.column !== undefined ? { column: p.column } : {}), field: p.code }],
    datasetId, screen: { screen: 'import' },
  }
}

export function runRules(rules: readonly Rule[], datasets: readonly Dataset[], options: AuditOptions = {}): AuditReport {
  const findings: Finding[] = []
  const ruleErrors: AuditReport['ruleErrors'] = []
  const active = options.only ? rules.filter((r) => options.only!.includes(r.id)) : rules
  const all = [...datasets, ...(options.context ?? []).filter((c) => !datasets.some((d) => d.meta.id === c.meta.id))]
  for (const ds of datasets) {
    const datasetId = ds.meta.id
    for (const p of options.problems?.[datasetId] ?? []) {
      if (p.severity === 'error') findings.push(problemFinding(p, datasetId))
    }
    for (const rule of active) {
      try {
        findings.push(...rule.check({ ds, datasetId, problems: options.problems?.[datasetId] ?? [], all }))
      } catch (err) {
        ruleErrors.push({ rule: rule.id, datasetId, message: err instanceof Error ? err.message : String(err) })
      }
    }
  }
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  const byDataset: Record<string, AuditCounts> = {}
  for (const ds of datasets) byDataset[ds.meta.id] = countFindings(findings.filter((f) => f.datasetId === ds.meta.id))
  return { findings, counts: countFindings(findings), byDataset, ruleErrors }
}
