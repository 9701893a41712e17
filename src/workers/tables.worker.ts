/// <reference lib="webworker" />
/**
 * Module worker for browser imports of the nine disclosure tables: parsing leaves the main thread.
 * In: { files: {name, bytes}[] } (bytes transferred). Out: progress messages, then the ImportResult.
 * The result is a few hundred small rows per department-year, so structured clone is cheap here;
 * bulk files go through import.worker.ts, which returns typed columns.
 */
import { importFiles } from '@/import'

export type TablesWorkerIn = { files: { name: string; bytes: ArrayBuffer }[] }
export type TablesWorkerOut =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ReturnType<typeof importFiles> }
  | { type: 'error'; message: string }

self.onmessage = (e: MessageEvent<TablesWorkerIn>) => {
  try {
    const { files } = e.data
    const total = files.reduce((s, f) => s + f.bytes.byteLength, 0)
    ;(self as unknown as Worker).postMessage({ type: 'progress', done: 0, total } satisfies TablesWorkerOut)
    const result = importFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })))
    ;(self as unknown as Worker).postMessage({ type: 'progress', done: total, total } satisfies TablesWorkerOut)
    ;(self as unknown as Worker).postMessage({ type: 'result', result } satisfies TablesWorkerOut)
  } catch (err) {
    ;(self as unknown as Worker).postMessage({ type: 'error', message: (err as Error).message } satisfies TablesWorkerOut)
  }
}
