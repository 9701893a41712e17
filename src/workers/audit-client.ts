/**
 * 数据核对 as a ref that fills itself: the report of what `input` names, computed in audit.worker.ts, null until it
 * arrives (and again while a newer input is being audited — an out-of-date report is never shown for new data).
 * Without Worker support (Node tests) it is a plain computed over the same `runAudit`, as before.
 */
import { computed, shallowRef, watch, type Ref } from 'vue'
import { runAudit, type AuditOptions, type AuditReport } from '../audit'
import type { Dataset } from '../model/types'
import type { AuditAnswer, AuditRequest } from './audit-protocol'

export interface AuditInput {
  datasets: Dataset[]
  options: AuditOptions
}

let worker: Worker | null = null
let seq = 0

function spawn(): Worker {
  worker ??= new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** One audit in the worker; rejects when the worker fails. */
function auditInWorker(input: AuditInput): Promise<AuditReport> {
  const w = spawn()
  const id = ++seq
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<AuditAnswer>) => {
      if (e.data.id !== id) return
      w.removeEventListener('message', onMessage)
      if ('report' in e.data) resolve(e.data.report)
      else reject(new Error(e.data.error))
    }
    w.addEventListener('message', onMessage)
    const req: AuditRequest = { id, datasets: input.datasets, options: input.options }
    w.postMessage(req)
  })
}

export function auditRef(input: () => AuditInput | null): Readonly<Ref<AuditReport | null>> {
  if (typeof Worker === 'undefined') {
    return computed(() => {
      const i = input()
      return i ? runAudit(i.datasets, i.options) : null
    })
  }
  const report = shallowRef<AuditReport | null>(null)
  watch(input, (i, _before, onCleanup) => {
    report.value = null
    if (!i) return
    let stale = false
    onCleanup(() => (stale = true))
    auditInWorker(i).then(
      (r) => { if (!stale) report.value = r },
      // the worker could not run (e.g. blocked): audit here rather than show no findings
      () => { if (!stale) report.value = runAudit(i.datasets, i.options) },
    )
  }, { immediate: true })
  return report
}
