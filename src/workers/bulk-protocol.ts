/**
 * Messages between the page and bulk.worker.ts for bulk files. The worker answers with FactColumns whose
 * typed-array buffers are transferred (moved, not copied): posting a million-row store costs tens of
 * milliseconds instead of seconds of structured-cloning row objects. Pure, so tests run it without a worker.
 */
import { ingestBulkFiles, type BulkIngest } from '../import/bulk/ingest'
import { packColumns, unpackColumns, type FactColumns } from '../model/facts'
import type { FileReport, ImportProblem } from '../model/types'
import { postFiles } from './files'

export interface BulkFileIn {
  name: string
  /** the file's bytes (transferred), or a Blob/File the worker reads itself */
  bytes?: ArrayBuffer
  blob?: Blob
}

export interface BulkRequest {
  type: 'bulk'
  files: BulkFileIn[]
  progressRows?: number
}

export type BulkMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; columns: FactColumns; problems: ImportProblem[]; files: FileReport[] }
  | { type: 'error'; message: string }

export type Post = (message: BulkMessage, transfer: Transferable[]) => void

/** What the worker does with one request (awaits only to read Blobs). */
export async function handleBulkRequest(req: BulkRequest, post: Post): Promise<void> {
  try {
    const inputs = []
    for (const f of req.files) {
      const buffer = f.bytes ?? (f.blob ? await f.blob.arrayBuffer() : new ArrayBuffer(0))
      inputs.push({ name: f.name, bytes: new Uint8Array(buffer) })
    }
    const total = inputs.reduce((n, f) => n + f.bytes.length, 0)
    post({ type: 'progress', done: 0, total }, [])
    const result = ingestBulkFiles(inputs, {
      progressRows: req.progressRows,
      onProgress: (done) => post({ type: 'progress', done, total }, []),
    })
    post(...resultMessage(result))
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) }, [])
  }
}

/** The result message and its transfer list (the columns' buffers). */
function resultMessage(result: BulkIngest): [BulkMessage, Transferable[]] {
  const { columns, transfer } = packColumns(result.columns)
  return [{ type: 'result', columns, problems: result.problems, files: result.files }, transfer]
}

/** Check a result message received from our worker (shape only: the rows were checked as they were read). */
export function readResult(m: Extract<BulkMessage, { type: 'result' }>): BulkIngest {
  return { columns: unpackColumns(m.columns, { deep: false }), problems: m.problems, files: m.files }
}

/** The request and its transfer list. `keep`: copy the bytes first so the caller's stay usable. */
export function requestMessage(files: readonly { name: string; bytes: Uint8Array }[], keep = false,
  progressRows?: number): [BulkRequest, Transferable[]] {
  const [out, transfer] = postFiles(files, keep)
  return [{ type: 'bulk', files: out, progressRows }, transfer]
}
