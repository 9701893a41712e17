/** Promise API over tables.worker.ts with progress and cancel. Falls back to the main thread when Worker is missing. */
import { importFiles, type InputFile } from '@/import'
import type { ImportResult } from '@/model/types'
import type { TablesWorkerOut } from './tables.worker'

export interface ImportJob {
  promise: Promise<ImportResult>
  cancel: () => void
}

export class ImportCancelled extends Error {
  constructor() {
    super('导入已取消')
  }
}

export function importInWorker(files: InputFile[], onProgress?: (done: number, total: number) => void): ImportJob {
  if (typeof Worker === 'undefined') {
    return { promise: Promise.resolve().then(() => importFiles(files)), cancel: () => {} }
  }
  const worker = new Worker(new URL('./tables.worker.ts', import.meta.url), { type: 'module' })
  let reject: (e: Error) => void = () => {}
  const promise = new Promise<ImportResult>((resolve, rej) => {
    reject = rej
    worker.onmessage = (e: MessageEvent<TablesWorkerOut>) => {
      const m = e.data
      if (m.type === 'progress') onProgress?.(m.done, m.total)
      else if (m.type === 'result') {
        worker.terminate()
        resolve(m.result)
      } else {
        worker.terminate()
        rej(new Error(m.message))
      }
    }
    worker.onerror = (e) => {
      worker.terminate()
      rej(new Error(e.message || '导入线程出错'))
    }
  })
  // copy the bytes so the caller keeps its own (they are stored in IndexedDB after the preview)
  const payload = files.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer as ArrayBuffer }))
  worker.postMessage({ files: payload }, payload.map((f) => f.bytes))
  return {
    promise,
    cancel: () => {
      worker.terminate()
      reject(new ImportCancelled())
    },
  }
}
