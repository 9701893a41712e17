/**
 * Promise API over import.worker.ts: bulk files in, FactColumns out, with progress and cancel.
 * Cancel terminates the worker: nothing of the import is kept anywhere. Without Worker support
 * (tests, old browsers) the same ingest runs on the main thread.
 */
import { ingestBulkFiles, type BulkIngest } from '../import/bulk/ingest'
import { readResult, requestMessage, type BulkMessage } from './import-protocol'

export interface BulkImportJob {
  promise: Promise<BulkIngest>
  /** stop the import; the promise rejects with BulkImportCancelled */
  cancel: () => void
}

export class BulkImportCancelled extends Error {
  constructor() {
    super('导入已取消')
    this.name = 'AbortError'
  }
}

export interface BulkImportOptions {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  /** copy the bytes before sending (default: transfer them, the caller's arrays become empty) */
  keepBytes?: boolean
  progressRows?: number
}

export function importBulk(files: readonly { name: string; bytes: Uint8Array }[], options: BulkImportOptions = {}): BulkImportJob {
  if (typeof Worker === 'undefined') return onMainThread(files, options)
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
  let settled = false
  let rejectJob: (e: Error) => void = () => {}
  const finish = () => {
    settled = true
    worker.terminate()
    options.signal?.removeEventListener('abort', cancel)
  }
  const cancel = () => {
    if (settled) return
    finish()
    rejectJob(new BulkImportCancelled())
  }
  const promise = new Promise<BulkIngest>((resolve, reject) => {
    rejectJob = reject
    worker.onmessage = (e: MessageEvent<BulkMessage>) => {
      const m = e.data
      if (m.type === 'progress') return options.onProgress?.(m.done, m.total)
      finish()
      if (m.type === 'error') return reject(new Error(m.message))
      try {
        resolve(readResult(m))
      } catch (err) {
        reject(err as Error)
      }
    }
    worker.onerror = (e) => {
      finish()
      reject(new Error(e.message || '导入线程出错'))
    }
    worker.onmessageerror = () => {
      finish()
      reject(new Error('导入线程的结果无法读取'))
    }
  })
  if (options.signal?.aborted) cancel()
  else {
    options.signal?.addEventListener('abort', cancel)
    worker.postMessage(...requestMessage(files, options.keepBytes, options.progressRows))
  }
  return { promise, cancel }
}

function onMainThread(files: readonly { name: string; bytes: Uint8Array }[], options: BulkImportOptions): BulkImportJob {
  let cancelled = false
  const promise = Promise.resolve().then(() => {
    if (cancelled || options.signal?.aborted) throw new BulkImportCancelled()
    return ingestBulkFiles(files, { onProgress: options.onProgress, progressRows: options.progressRows })
  })
  return { promise, cancel: () => (cancelled = true) }
}
