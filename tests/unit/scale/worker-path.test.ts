import { describe, expect, it } from 'vitest'
import { ingestBulkFiles } from '@/import/bulk/ingest'
import { syntheticBulk } from '@/cli/synthetic'
import { ImportCancelled, importBulk, importTables } from '@/workers/import-client'
import { handleBulkRequest, readResult, requestMessage, type BulkMessage } from '@/workers/bulk-protocol'
import { tablesRequest, type TablesMessage } from '@/workers/tables-protocol'
import { handleTablesRequest } from '@/workers/tables-handler'
import { importFiles } from '@/import'
import { fixture } from '../import/helpers'

const text = [...syntheticBulk({ departments: 12, years: 3, seed: 7 })].join('') +
  '合成市第1局,2024,expenditure,201,x,total,坏数,万元,synthetic\n' // one bad row, so problems cross too
const file = () => ({ name: 'p.csv', bytes: new TextEncoder().encode(text) })

/** Run the worker's handler as the worker would, with each message structured-cloned and its buffers transferred. */
async function throughWorker(files: { name: string; bytes: Uint8Array }[], progressRows?: number) {
  const [request, transfer] = requestMessage(files, false, progressRows)
  const received = structuredClone(request, { transfer })
  const messages: BulkMessage[] = []
  await handleBulkRequest(received, (m, t) => messages.push(structuredClone(m, { transfer: t })))
  return messages
}

describe('bulk worker path', () => {
  it('gives the same FactStore as the main-thread path', async () => {
    const direct = ingestBulkFiles([file()], { progressRows: 4096 })
    const messages = await throughWorker([file()], 4096)
    const last = messages[messages.length - 1]!
    expect(last.type).toBe('result')
    const viaWorker = readResult(last as Extract<BulkMessage, { type: 'result' }>)
    expect(viaWorker.columns).toEqual(direct.columns)
    expect(viaWorker.problems).toEqual(direct.problems)
    expect(viaWorker.files).toEqual(direct.files)
    expect(direct.problems.map((p) => p.code)).toEqual(['bulk.value'])
    expect(direct.columns.length).toBeGreaterThan(300)
  })

  it('reports progress in bytes, ending at the total', async () => {
    const messages = await throughWorker([file()], 100)
    const progress = messages.filter((m): m is Extract<BulkMessage, { type: 'progress' }> => m.type === 'progress')
    const total = file().bytes.length
    expect(progress.length).toBeGreaterThan(5)
    expect(progress.every((m) => m.total === total)).toBe(true)
    expect(progress.map((m) => m.done)).toEqual([...progress.map((m) => m.done)].sort((a, b) => a - b))
    expect(progress[progress.length - 1]!.done).toBe(total)
  })

  it('moves the file bytes into the worker unless asked to keep them', () => {
    const kept = file()
    const [, copyTransfer] = requestMessage([kept], true)
    structuredClone(null, { transfer: copyTransfer })
    expect(kept.bytes.length).toBeGreaterThan(0)
    const moved = file()
    const [, transfer] = requestMessage([moved])
    structuredClone(null, { transfer })
    expect(moved.bytes.length).toBe(0)
  })

  it('reads Blobs in the worker', async () => {
    const messages: BulkMessage[] = []
    await handleBulkRequest({ type: 'bulk', files: [{ name: 'p.csv', blob: new Blob([text]) }] }, (m) => messages.push(m))
    const last = messages[messages.length - 1] as Extract<BulkMessage, { type: 'result' }>
    expect(last.columns).toEqual(ingestBulkFiles([file()]).columns)
  })

  it('posts an error message instead of throwing', async () => {
    const messages: BulkMessage[] = []
    await handleBulkRequest({ type: 'bulk', files: [{ name: 'x', blob: { arrayBuffer: () => Promise.reject(new Error('读不到')) } as Blob }] },
      (m) => messages.push(m))
    expect(messages).toEqual([{ type: 'error', message: '读不到' }])
  })

  it('falls back to the main thread where there is no Worker, and can be cancelled', async () => {
    const job = importBulk([file()])
    expect((await job.promise).columns).toEqual(ingestBulkFiles([file()]).columns)
    const cancelled = importBulk([file()])
    cancelled.cancel()
    await expect(cancelled.promise).rejects.toBeInstanceOf(ImportCancelled)
  })
})

const tableFiles = () => ['zz-01-summary.csv', 'other-03-expenditure-gbk-tab.csv', 'zz-09-three-public.csv'].map(fixture)

describe('tables worker path', () => {
  it('gives what importFiles gives, with progress after each file in bytes', () => {
    const files = tableFiles()
    const [request, transfer] = tablesRequest(files, true)
    const messages: TablesMessage[] = []
    handleTablesRequest(structuredClone(request, { transfer }), (m) => messages.push(structuredClone(m)))
    const total = files.reduce((n, f) => n + f.bytes.length, 0)
    const progress = messages.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.done)
    let done = 0
    expect(progress).toEqual([0, ...files.map((f) => (done += f.bytes.length))])
    expect(progress[progress.length - 1]).toBe(total)
    const last = messages[messages.length - 1]!
    expect(last.type === 'result' && last.result).toEqual(importFiles(tableFiles()))
    expect(files.every((f) => f.bytes.length > 0)).toBe(true) // kept: copied, not moved
  })

  it('posts an error message instead of throwing', () => {
    const messages: TablesMessage[] = []
    handleTablesRequest({ type: 'tables', files: null as never }, (m) => messages.push(m))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.type).toBe('error')
  })

  it('falls back to the main thread with the same progress, and cancels by call or by signal', async () => {
    const seen: number[] = []
    const result = await importTables(tableFiles(), { onProgress: (done) => seen.push(done) }).promise
    expect(result).toEqual(importFiles(tableFiles()))
    expect(seen).toHaveLength(4)
    const cancelled = importTables(tableFiles())
    cancelled.cancel()
    await expect(cancelled.promise).rejects.toBeInstanceOf(ImportCancelled)
    const abort = new AbortController()
    const bySignal = importTables(tableFiles(), { signal: abort.signal })
    abort.abort()
    await expect(bySignal.promise).rejects.toBeInstanceOf(ImportCancelled)
    const before = new AbortController()
    before.abort()
    await expect(importBulk([file()], { signal: before.signal }).promise).rejects.toBeInstanceOf(ImportCancelled)
  })
})
