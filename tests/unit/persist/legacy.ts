/**
 * Databases written exactly as earlier releases wrote them, with raw IndexedDB calls (no code of src/persist):
 * v1 (d626dc6) datasets; v2 (162b3ae) + one bulk record holding the columns; v3 (6447260, today's release)
 * bulk meta record + one bulkColumns record per column. Records are fixture files and synthetic bulk facts.
 */
import { readFileSync } from 'node:fs'
import { ingestBulkFiles } from '@/import/bulk/ingest'
import type { FactColumns } from '@/model/facts'
import { syntheticBulk } from '@/cli/synthetic'

export const NAME = 'juesuan-kanban'
const FIX = 'tests/fixtures/import'

export interface LegacyDataset {
  id: string
  department: string
  year: number
  importedAt: string
  files: { name: string; bytes: ArrayBuffer }[]
}

function file(name: string): { name: string; bytes: ArrayBuffer } {
  const b = readFileSync(`${FIX}/${name}`)
  return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer }
}

/** Two department-years as the import screen stored them (ids as datasetId made them). */
export function legacyDatasets(): LegacyDataset[] {
  return [
    { id: 'd1abc-2024', department: '株洲市行政审批服务局', year: 2024, importedAt: '2026-11-01T08:00:00.000Z',
      files: [file('zz-01-summary.csv'), file('zz-03-expenditure.csv'), file('zz-09-three-public.csv')] },
    { id: 'd2xyz-2023', department: '某省测试厅', year: 2023, importedAt: '2026-11-02T09:30:00.000Z',
      files: [file('other-03-expenditure-gbk-tab.csv')] },
  ]
}

/** Bulk facts as the import worker made them: 6 departments × 2 years. */
export function legacyColumns(): FactColumns {
  const text = [...syntheticBulk({ departments: 6, years: 2, seed: 11 })].join('')
  return ingestBulkFiles([{ name: 'city.csv', bytes: new TextEncoder().encode(text) }]).columns
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
}

/** Create the database at `version` with the stores of that release, fill it in one transaction, close it. */
export async function writeLegacy(version: 1 | 2 | 3, datasets: LegacyDataset[], columns: FactColumns | null): Promise<void> {
  const open = indexedDB.open(NAME, version)
  open.onupgradeneeded = () => {
    const db = open.result
    db.createObjectStore('datasets', { keyPath: 'id' })
    if (version >= 2) db.createObjectStore('bulk', { keyPath: 'id' })
    if (version >= 3) db.createObjectStore('bulkColumns', { keyPath: 'key' })
  }
  const db = await request(open)
  const stores = version === 1 ? ['datasets'] : version === 2 ? ['datasets', 'bulk'] : ['datasets', 'bulk', 'bulkColumns']
  const tx = db.transaction(stores, 'readwrite')
  for (const d of datasets) tx.objectStore('datasets').put(d)
  if (columns && version === 2) tx.objectStore('bulk').put({ id: 'bulk', importedAt: '2026-11-03T10:00:00.000Z', files: ['city.csv'], columns })
  if (columns && version === 3) {
    const keys = Object.keys(columns)
    for (const key of keys) tx.objectStore('bulkColumns').put({ key, value: (columns as unknown as Record<string, unknown>)[key] })
    tx.objectStore('bulk').put({ id: 'bulk', importedAt: '2026-11-03T10:00:00.000Z', files: ['city.csv'], keys })
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error)
  })
  db.close()
}

/** Open without a version (whatever the database holds) and report its version, stores and record counts. */
export async function inspect(): Promise<{ version: number; counts: Record<string, number> }> {
  const db = await request(indexedDB.open(NAME))
  const counts: Record<string, number> = {}
  for (const name of db.objectStoreNames) counts[name] = await request(db.transaction(name).objectStore(name).count())
  const version = db.version
  db.close()
  return { version, counts }
}
