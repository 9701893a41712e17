/**
 * Messages between the page and tables.worker.ts for the nine disclosure tables (and 说明数据.csv): the bytes go
 * in, progress in bytes read comes out after each file, then the ImportResult (a few hundred small rows per
 * department-year, so structured clone is cheap). Pure, so tests run it without a worker.
 */
import { importFiles } from '../import'
import type { ImportResult } from '../model/types'
import { postFiles, type PostedFile } from './files'

export interface TablesRequest {
  type: 'tables'
  files: PostedFile[]
}

export type TablesMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; message: string }

export function handleTablesRequest(req: TablesRequest, post: (m: TablesMessage) => void): void {
  try {
    const files = req.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }))
    const result = importFiles(files, { onProgress: (done, total) => post({ type: 'progress', done, total }) })
    post({ type: 'result', result })
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}

/** The request and its transfer list. `keep`: copy the bytes first so the caller's stay usable. */
export function tablesRequest(files: readonly { name: string; bytes: Uint8Array }[], keep = false): [TablesRequest, Transferable[]] {
  const [out, transfer] = postFiles(files, keep)
  return [{ type: 'tables', files: out }, transfer]
}
