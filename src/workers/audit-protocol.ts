/**
 * Messages between the page and audit.worker.ts: the datasets to audit and the options (import problems, the
 * other years to compare with) go in by structured clone; the report comes back. Pure: tests run it without a worker.
 */
import { runAudit, type AuditOptions, type AuditReport } from '../audit'
import type { Dataset } from '../model/types'

export interface AuditRequest {
  id: number
  datasets: Dataset[]
  options: AuditOptions
}

export type AuditAnswer = { id: number; report: AuditReport } | { id: number; error: string }

export function handleAuditRequest(req: AuditRequest): AuditAnswer {
  try {
    return { id: req.id, report: runAudit(req.datasets, req.options) }
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? e.message : String(e) }
  }
}
