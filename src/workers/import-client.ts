/**
 * The one promise client over the import workers: the nine tables (tables.worker.ts → ImportResult) and bulk
 * files (bulk.worker.ts → typed FactColumns). Both report progress in bytes read and both cancel the same way:
 * cancel() or the signal terminates the worker, the promise rejects with ImportCancelled and nothing of the
 * import is kept. Without Worker support (Node tests, old browsers) the same pure function runs on the main
 * thread after a microtask, so a cancel made right away still counts.
 */
import type { InputFile } from '../import'
import { ingestBulkFiles, type BulkIngest } from '../import/bulk/ingest'
import type { ImportResult } from '../model/types'
import { readResult, requestMessage, type BulkMessage, type BulkRequest } from './bulk-protocol'
import { tablesRequest, type TablesMessage } from './tables-protocol'

export class ImportCancelled extends Error {
  constructor() {
    super('导入已取消')
    this.name = 'AbortError'
  }
}

export interface ImportJob<T> {
  promise: Promise<T>
  /** stop the import; the promise rejects with ImportCancelled */
  cancel: () => void
}

export interface ImportJobOptions {
  /** bytes read so far of all the files' bytes */
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  /** copy the bytes before sending (default: transfer them, the caller's arrays become empty) */
  keepBytes?: boolean
  /** bulk files: report progress every this many rows */
  progressRows?: number
}

type Progress = { type: 'progress'; done: number; total: number }
type Failure = { type: 'error'; message: string }

interface Path<T, R extends { type: 'result' }> {
  spawn: () => Worker
  request: () => [unknown, Transferable[]]
  result: (m: R) => T
  direct: () => T | Promise<T>
}

function run<T, R extends { type: 'result' }>(path: Path<T, R>, options: ImportJobOptions): ImportJob<T> {
  let settled = false
  let stop: () => void = () => {}
  let rejectJob: (e: Error) => void = () => {}
  const cancel = () => {
    if (settled) return
    settled = true
    stop()
    options.signal?.removeEventListener('abort', cancel)
    rejectJob(new ImportCancelled())
  }
  const promise = new Promise<T>((resolve, reject) => {
    rejectJob = reject
    const done = (f: () => void) => {
      if (settled) return
      settled = true
      stop()
      options.signal?.removeEventListener('abort', cancel)
      f()
    }
    if (typeof Worker === 'undefined') {
      queueMicrotask(async () => {
        if (settled) return
        try {
          const value = await path.direct()
          done(() => resolve(value))
        } catch (e) {
          done(() => reject(e as Error))
        }
      })
      return
    }
    const worker = path.spawn()
    stop = () => worker.terminate()
    worker.onmessage = (e: MessageEvent<Progress | Failure | R>) => {
      const m = e.data
      if (m.type === 'progress') {
        if (!settled) options.onProgress?.(m.done, m.total)
      } else if (m.type === 'error') done(() => reject(new Error(m.message)))
      else {
        try {
          const value = path.result(m)
          done(() => resolve(value))
        } catch (err) {
          done(() => reject(err as Error))
        }
      }
    }
    worker.onerror = (e) => done(() => reject(new Error(e.message || '导入线程出错')))
    worker.onmessageerror = () => done(() => reject(new Error('导入线程的结果无法读取')))
    worker.postMessage(...path.request())
  })
  if (options.signal?.aborted) cancel()
  else options.signal?.addEventListener('abort', cancel)
  return { promise, cancel }
}

/** The nine tables (and 说明数据.csv) → ImportResult, as importFiles() gives it. */
export function importTables(files: readonly InputFile[], options: ImportJobOptions = {}): ImportJob<ImportResult> {
  return run<ImportResult, Extract<TablesMessage, { type: 'result' }>>({
    spawn: () => new Worker(new URL('./tables.worker.ts', import.meta.url), { type: 'module' }),
    request: () => tablesRequest(files, options.keepBytes),
    result: (m) => m.result,
    // without a worker the importer loads here; the page's bundle does not carry it (the worker has its own copy)
    direct: async () => (await import('../import')).importFiles([...files], { onProgress: options.onProgress }),
  }, options)
}

/** A file not yet read: a picked or dropped File (or any Blob) with its name. */
export interface BlobFile {
  name: string
  blob: Blob
}

/**
 * Bulk files the worker reads itself (bulk-protocol.ts takes Blobs): the page never holds their bytes, so a 100 MB
 * file costs the main thread nothing but the posting of a handle.
 */
export function importBulkBlobs(files: readonly BlobFile[], options: ImportJobOptions = {}): ImportJob<BulkIngest> {
  return run<BulkIngest, Extract<BulkMessage, { type: 'result' }>>({
    spawn: () => new Worker(new URL('./bulk.worker.ts', import.meta.url), { type: 'module' }),
    request: () => [{ type: 'bulk', files: files.map((f) => ({ name: f.name, blob: f.blob })), progressRows: options.progressRows } satisfies BulkRequest, []],
    result: readResult,
    direct: async () => {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) })))
      return ingestBulkFiles(read, { onProgress: options.onProgress, progressRows: options.progressRows })
    },
  }, options)
}

/** Bulk files → FactColumns with their problems and file reports, as ingestBulkFiles() gives them. */
export function importBulk(files: readonly InputFile[], options: ImportJobOptions = {}): ImportJob<BulkIngest> {
  return run<BulkIngest, Extract<BulkMessage, { type: 'result' }>>({
    spawn: () => new Worker(new URL('./bulk.worker.ts', import.meta.url), { type: 'module' }),
    request: () => requestMessage(files, options.keepBytes, options.progressRows),
    result: readResult,
    direct: () => ingestBulkFiles(files, { onProgress: options.onProgress, progressRows: options.progressRows }),
  }, options)
}
