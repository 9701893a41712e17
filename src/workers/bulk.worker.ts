/// <reference lib="webworker" />
/**
 * Module worker for bulk files (docs/BULK.md): parses them into FactColumns off the main thread.
 * In: BulkRequest (bytes transferred, or Blobs). Out: progress (bytes done / total), then the columns with
 * their buffers transferred. Start it with
 * `new Worker(new URL('./bulk.worker.ts', import.meta.url), { type: 'module' })` (see import-client.ts).
 */
import { handleBulkRequest, type BulkRequest } from './bulk-protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (e: MessageEvent<BulkRequest>) => {
  void handleBulkRequest(e.data, (message, transfer) => scope.postMessage(message, transfer))
}
