/**
 * 数据核对 as a ref that fills itself: the report of what `input` names, computed in audit.worker.ts, null until it
 * arrives (and again while a newer input is being audited — an out-of-date report is never shown for new data).
 * The rules are not in the page's bundle (the worker has them); in the unit tests (Node, no Worker) the ref is a
 * plain computed over the same `runAudit`, and a browser whose worker fails loads the rules on the page.
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

/**
 * One audit in the worker; rejects when the worker fails — an answer with an error, or a worker that cannot load or
 * whose message cannot be read (`error` / `messageerror` events). A failed worker is dropped, so the next audit
 * starts a new one instead of waiting forever on a dead one.
 */
function auditInWorker(input: AuditInput): Promise<AuditReport> {
  const w = spawn()
  const id = ++seq
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', onMessage)
      w.removeEventListener('error', onFailure)
      w.removeEventListener('messageerror', onFailure)
    }
    const onMessage = (e: MessageEvent<AuditAnswer>) => {
      if (e.data.id !== id) return
      done()
      if ('report' in e.data) resolve(e.data.report)
      else reject(new Error(e.data.error))
    }
    const onFailure = (e: Event) => {
      done()
      if (worker === w) {
        worker = null
        w.terminate()
      }
      reject(new Error(e instanceof ErrorEvent && e.message ? e.message : `audit worker: ${e.type}`))
    }
    w.addEventListener('message', onMessage)
    w.addEventListener('error', onFailure)
    w.addEventListener('messageerror', onFailure)
    const req: AuditRequest = { id, datasets: input.datasets, options: input.options }
    w.postMessage(req)
  })
}

export function auditRef(input: () => AuditInput | null): Readonly<Ref<AuditReport | null>> {
  // `import.meta.env.MODE` is 'production' in a build: this branch and its static import of the rules drop out
  if (typeof Worker === 'undefined' && import.meta.env.MODE === 'test') {
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
    // async: a browser without Worker (or one that refuses it) rejects here and audits on the page instead
    void (async () => auditInWorker(i))().then(
      (r) => { if (!stale) report.value = r },
      // the worker could not run (e.g. blocked): audit here rather than show no findings
      () => void import('../audit').then((m) => { if (!stale) report.value = m.runAudit(i.datasets, i.options) }),
    )
  }, { immediate: true })
  return report
}
