import { describe, expect, it } from 'vitest'
import { ingestBulkFiles } from '@/import/bulk/ingest'
import { syntheticBulk } from '@/cli/synthetic'
import { BulkImportCancelled, importBulk } from '@/workers/client'
import { handleBulkRequest, readResult, requestMessage, type BulkMessage } from '@/workers/import-protocol'

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

describe('import worker path', () => {
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
    await expect(cancelled.promise).rejects.toBeInstanceOf(BulkImportCancelled)
  })
})
