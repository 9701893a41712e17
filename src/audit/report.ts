/**
 * The audit report as JSON (one object, for scripts and the CLI's --json) and as readable Chinese text.
 * Pure: the CLI prints what these return; the app can reuse the grouping and labels.
 */
import type { Dataset, Severity, SourceRef } from '../model/types'
import { datasetTotals, sourceUnit, TOTAL_LABELS } from './totals'
import type { AuditReport, Finding, RuleFamily } from './types'

const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' }
const FAMILY_LABELS: Record<RuleFamily, string> = {
  import: '导入问题', within: '表内核对', balance: '平衡关系', across: '表间核对', statement: '说明与表、说明内部', review: '审阅提示',
}
const CLASS_LABELS: Record<Finding['class'], string> = { mismatch: '不符', rounding: '尾数误差', flag: '提示' }

const placeText = (r: SourceRef): string => `${r.file}:${r.line}${r.column !== undefined ? `:${r.column}` : ''}`

export interface JsonFinding {
  rule: string
  severity: Severity
  family: RuleFamily
  class: Finding['class']
  message: string
  file: string
  line: number
  column: number | null
  expected: number | null
  actual: number | null
  difference: number | null
  unit: Finding['unit']
  tolerance: number | null
  datasetId: string
  where: SourceRef[]
  screen: Finding['screen']
}

function toJsonFinding(f: Finding): JsonFinding {
  const first = f.where[0]
  return {
    rule: f.rule, severity: f.severity, family: f.family, class: f.class, message: f.message,
    file: first?.file ?? '', line: first?.line ?? 0, column: first?.column ?? null,
    expected: f.expected, actual: f.actual, difference: f.difference, unit: f.unit, tolerance: f.tolerance ?? null,
    datasetId: f.datasetId, where: f.where, screen: f.screen,
  }
}

export function auditJson(datasets: readonly Dataset[], report: AuditReport) {
  return {
    datasets: datasets.map((ds) => ({
      id: ds.meta.id, department: ds.meta.department, year: ds.meta.year, unit: '万元', sourceUnit: sourceUnit(ds),
      totals: datasetTotals(ds), files: ds.files, counts: report.byDataset[ds.meta.id] ?? { error: 0, warning: 0, info: 0 },
    })),
    findings: report.findings.map(toJsonFinding),
    counts: report.counts,
    ruleErrors: report.ruleErrors,
  }
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info']
const FAMILIES: RuleFamily[] = ['import', 'within', 'balance', 'across', 'statement', 'review']

function datasetLines(ds: Dataset, report: AuditReport, source: string | undefined): string[] {
  const c = report.byDataset[ds.meta.id] ?? { error: 0, warning: 0, info: 0 }
  const totals = Object.entries(datasetTotals(ds))
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${TOTAL_LABELS[k] ?? k} ${v!.toFixed(2)}`)
  return [
    `■ ${ds.meta.department} ${ds.meta.year || '（年度未知）'} 年度决算（${ds.meta.id}）`,
    `  来源：${source ?? ds.files.join('、')}；${ds.files.length} 个文件；原表单位 ${sourceUnit(ds) ?? '—'}`,
    `  主要数字（万元）：${totals.length ? totals.join('，') : '无'}`,
    `  核对结果：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
  ]
}

/** Findings grouped by severity, then family; each with every place it concerns. */
export function auditText(datasets: readonly Dataset[], report: AuditReport, sources: Record<string, string> = {}): string {
  const out: string[] = ['数据核对报告', '============', '']
  for (const ds of datasets) out.push(...datasetLines(ds, report, sources[ds.meta.id]), '')
  const names = new Map(datasets.map((d) => [d.meta.id, `${d.meta.department} ${d.meta.year}`]))
  for (const sev of SEVERITIES) {
    const list = report.findings.filter((f) => f.severity === sev)
    out.push(`${SEVERITY_LABELS[sev]}（${list.length}）`, '-'.repeat(12))
    if (!list.length) out.push('  无', '')
    for (const fam of FAMILIES) {
      const group = list.filter((f) => f.family === fam)
      if (!group.length) continue
      out.push(`  【${FAMILY_LABELS[fam]}】`)
      group.forEach((f, i) => {
        const who = datasets.length > 1 ? `［${names.get(f.datasetId) ?? f.datasetId}］` : ''
        out.push(`  ${i + 1}. ${who}[${f.rule}｜${CLASS_LABELS[f.class]}] ${f.message}`)
        const places = f.where.map(placeText)
        const shown = places.length > 4 ? `${places.slice(0, 3).join('；')}；…（共 ${places.length} 处）` : places.join('；')
        out.push(`     位置：${shown}`)
      })
      out.push('')
    }
  }
  if (report.ruleErrors.length) {
    out.push('规则运行出错（核对不完整）：', ...report.ruleErrors.map((r) => `  ${r.rule}（${r.datasetId}）：${r.message}`), '')
  }
  const c = report.counts
  out.push(`合计：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}。尾数误差按印出位数推算的舍入区间判定，见 docs/AUDIT.md。`)
  return out.join('\n')
}
