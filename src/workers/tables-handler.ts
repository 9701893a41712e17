/**
 * What tables.worker.ts does with one TablesRequest (tables-protocol.ts): read the files with the importer, post
 * progress after each file, then the ImportResult (or an error message). Pure, so tests run it without a worker.
 */
import { importFiles } from '../import'
import type { TablesMessage, TablesRequest } from './tables-protocol'

export function handleTablesRequest(req: TablesRequest, post: (m: TablesMessage) => void): void {
  try {
    const files = req.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }))
    const result = importFiles(files, { onProgress: (done, total) => post({ type: 'progress', done, total }) })
    post({ type: 'result', result })
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
