/**
 * Files handed over unread (the browser's picked Files): a bulk file goes to the worker as a Blob and gives the same
 * columns as its bytes did; disclosure tables are read and take the tables path. No Worker in Node: the client's
 * fallback reads the Blob and runs the same ingest.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { closeStorage } from '@/persist/db'
import { useImportsStore } from '@/stores/imports'
import { syntheticBulk } from '@/cli/synthetic'

const SEED = 'data/zhuzhou-xzsp-2024'
const bulkText = () => [...syntheticBulk({ departments: 4, years: 2, seed: 3 })].join('')

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})
afterEach(async () => {
  await closeStorage()
})

describe('imports store: files handed over unread', () => {
  it('a bulk file as a Blob gives the same preview as its bytes', async () => {
    const imports = useImportsStore()
    await imports.prepare([{ name: 'city.csv', bytes: new TextEncoder().encode(bulkText()) }])
    const fromBytes = imports.preview!.bulk!.columns
    await imports.prepareFiles([{ name: 'city.csv', blob: new Blob([bulkText()]) }])
    expect(imports.preview?.kind).toBe('bulk')
    const fromBlob = imports.preview!.bulk!.columns
    expect(fromBlob.length).toBe(fromBytes.length)
    expect([...fromBlob.value]).toEqual([...fromBytes.value])
    expect(imports.preview!.files.map((f) => f.name)).toEqual(['city.csv'])
    expect(await imports.commitBulk()).toBe(true)
  })

  it('disclosure tables are read and previewed as tables', async () => {
    const imports = useImportsStore()
    const files = readdirSync(SEED).sort().map((name) => ({ name, blob: new Blob([readFileSync(`${SEED}/${name}`)]) }))
    await imports.prepareFiles(files)
    expect(imports.preview?.kind).toBe('tables')
    expect(imports.preview!.result.tables.length).toBeGreaterThanOrEqual(9)
    expect(imports.preview!.files[0]!.bytes.length).toBeGreaterThan(0)
  })

  it('a bulk file beside a table is refused, as before', async () => {
    const imports = useImportsStore()
    const table = readdirSync(SEED).sort()[0]!
    await imports.prepareFiles([{ name: 'city.csv', blob: new Blob([bulkText()]) }, { name: table, blob: new Blob([readFileSync(`${SEED}/${table}`)]) }])
    expect(imports.preview).toBeNull()
    expect(imports.error).toMatch(/不能一起导入/)
  })
})
