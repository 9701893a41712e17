/**
 * Messages between the page and tables.worker.ts for the nine disclosure tables (and 说明数据.csv): the bytes go
 * in, progress in bytes read comes out after each file, then the ImportResult (a few hundred small rows per
 * department-year, so structured clone is cheap). The worker's side is tables-handler.ts. Types and the request
 * builder only — no importer, no parser: boot/prefetch.ts (first-paint bundle) builds its request here too.
 */
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

/** The request and its transfer list. `keep`: copy the bytes first so the caller's stay usable. */
export function tablesRequest(files: readonly { name: string; bytes: Uint8Array }[], keep = false): [TablesRequest, Transferable[]] {
  const [out, transfer] = postFiles(files, keep)
  return [{ type: 'tables', files: out }, transfer]
}
