/**
 * Browser import: files → worker parse → preview → (department/year confirmed) → IndexedDB + datasets store.
 * Nothing is uploaded. A failed or cancelled import leaves loaded and stored data untouched. Stored imports are
 * read again from their original files through the same worker client when the page starts.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { buildDataset, datasetId } from '@/model/dataset'
import type { ImportResult } from '@/model/types'
import type { InputFile } from '@/import'
import { deleteBulk, deleteStored, listStored, loadBulk, saveBulk, saveStored, StorageError, type StorageIssue, type StoredDataset } from '@/persist/db'
import { bulkBytes } from '@/persist/size'
import { isBulkFile, HEAD_BYTES } from '@/import/sniff'
import { importBulk, importBulkBlobs, importTables, ImportCancelled, type BlobFile, type ImportJob } from '@/workers/import-client'
import type { BulkIngest } from '@/import/bulk/ingest'
import { unpackColumns } from '@/model/facts'
import { usePortalStore } from './portal'
import ZH from '@/i18n/catalogue/zh'
import { printed, renderText, text, type Param } from '@/i18n/text'
import { useDatasetsStore } from './datasets'

export interface Preview {
  kind: 'tables' | 'bulk'
  /** bulk files: the typed columns from the worker */
  bulk?: BulkIngest
  files: InputFile[]
  result: ImportResult
  department: string
  year: number | null
}

export const useImportsStore = defineStore('imports', () => {
  const storage = ref<'ok' | StorageIssue | 'unknown'>('unknown')
  const notice = ref<string | null>(null)
  const stored = shallowRef<StoredDataset[]>([])
  /** the stored bulk facts: file names, rows, bytes of their columns */
  const bulkStored = shallowRef<{ files: string[]; rows: number; bytes: number } | null>(null)
  const preview = shallowRef<Preview | null>(null)
  const progress = ref<{ done: number; total: number } | null>(null)
  const busy = ref(false)
  /** the error as a text, for the language on screen */
  const errorText = shallowRef<Param | null>(null)
  /** the same error in its Chinese wording */
  const error = computed(() => (errorText.value === null ? null : renderText(errorText.value, ZH)))
  function fail(t: Param | null): void {
    errorText.value = t
  }
  let job: { cancel: () => void } | null = null

  function storageNotice(e: unknown): void {
    const issue = e instanceof StorageError ? e.issue : 'failed'
    storage.value = issue
    notice.value = issue
  }

  /** Put a stored dataset on the screens, read again from its original files (off the main thread). */
  async function load(record: StoredDataset): Promise<void> {
    const files = record.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }))
    try {
      // the record keeps its bytes (the stored list shows their size): copy them to the worker
      const result = await importTables(files, { keepBytes: true }).promise
      const meta = { id: record.id, department: record.department, year: record.year, origin: 'imported' as const, ...(record.sameAs ? { sameAs: record.sameAs } : {}) }
      useDatasetsStore().addImported({ dataset: buildDataset(result, meta), problems: result.problems, files: result.files })
    } catch (e) {
      fail(text('importError.load', { dataset: printed(`${record.department} ${record.year}`), detail: (e as Error).message }))
    }
  }

  let restoring: Promise<void> | null = null
  /** Bring back the datasets imported in earlier visits (once per page). */
  function restore(): Promise<void> {
    restoring ??= doRestore()
    return restoring
  }
  async function doRestore(): Promise<void> {
    try {
      const list = await listStored()
      stored.value = list
      storage.value = 'ok'
      for (const record of list) await load(record)
    } catch (e) {
      storageNotice(e)
    }
  }

  let restoringBulk: Promise<void> | null = null
  /**
   * Bulk facts kept from an earlier visit: read only when a screen needs them (whole city, import), not at
   * start-up, since they can be tens of megabytes and are checked row by row before use.
   */
  function restoreBulk(): Promise<void> {
    restoringBulk ??= doRestoreBulk()
    return restoringBulk
  }
  async function doRestoreBulk(): Promise<void> {
    try {
      const bulk = await loadBulk()
      if (!bulk) return
      // a damaged record gives a notice, not wrong figures
      try {
        const columns = unpackColumns(bulk.columns, { deep: true })
        if (!usePortalStore().bulk) usePortalStore().setBulk(columns)
        bulkStored.value = { files: bulk.files, rows: columns.length, bytes: bulkBytes(bulk) }
      } catch (e) {
        fail(text('importError.bulkStored', { detail: (e as Error).message }))
      }
    } catch (e) {
      storageNotice(e)
    }
  }

  const onProgress = (done: number, total: number) => (progress.value = { done, total })

  /**
   * One read of picked files, `total` bytes: no error and no preview while it runs, busy with progress, cancellable
   * through the job `body` sets; a failure is shown, a cancel leaves nothing.
   */
  async function reading(total: number, body: () => Promise<void>): Promise<void> {
    fail(null)
    preview.value = null
    busy.value = true
    progress.value = { done: 0, total }
    try {
      await body()
    } catch (e) {
      if (!(e instanceof ImportCancelled)) fail((e as Error).message)
    } finally {
      busy.value = false
      progress.value = null
      job = null
    }
  }

  /** Bulk facts read by `b` become the preview; `files` are what is kept of the files (their names). */
  async function runBulk(b: ImportJob<BulkIngest>, files: InputFile[]): Promise<void> {
    job = b
    const r = await b.promise
    const result: ImportResult = { tables: [], stated: [], problems: r.problems, department: null, year: null, files: r.files }
    preview.value = { kind: 'bulk', bulk: r, files, result, department: '', year: null }
  }

  function prepare(files: InputFile[]): Promise<void> {
    return reading(files.reduce((s, f) => s + f.bytes.byteLength, 0), async () => {
      const bulk = files.map((f) => isBulkFile(f.name, f.bytes))
      if (bulk.some(Boolean) && !bulk.every(Boolean)) {
        fail(text('importError.mixed'))
        return
      }
      if (bulk[0]) {
        // the bytes are transferred to the worker (no 100 MB copy on the main thread); only names are kept
        await runBulk(importBulk(files, { onProgress }), files)
      } else {
        // the bytes are copied: they are stored in IndexedDB once the preview is confirmed
        const t = importTables(files, { onProgress, keepBytes: true })
        job = t
        const result = await t.promise
        preview.value = { kind: 'tables', files, result, department: result.department ?? '', year: result.year }
      }
    })
  }

  /**
   * Files picked or dropped, not yet read. A bulk file (told from its first 16 KB) is read by the worker itself, so
   * the page never copies a 100 MB file on its main thread (Chromium reads a File into an ArrayBuffer there, in
   * tasks of up to a few hundred milliseconds); disclosure tables are read here, their bytes are kept for storage.
   */
  async function prepareFiles(list: readonly BlobFile[]): Promise<void> {
    const heads = await Promise.all(list.map((f) => f.blob.slice(0, HEAD_BYTES).arrayBuffer()))
    const bulk = list.map((f, i) => isBulkFile(f.name, new Uint8Array(heads[i]!)))
    if (!list.length || !bulk.every(Boolean)) {
      return prepare(await Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) }))))
    }
    return reading(list.reduce((s, f) => s + f.blob.size, 0), () =>
      runBulk(importBulkBlobs(list, { onProgress }), list.map((f) => ({ name: f.name, bytes: new Uint8Array(0) }))))
  }

  function cancel(): void {
    job?.cancel()
    preview.value = null
  }

  function existingId(department: string, year: number): string | null {
    const id = datasetId(department, year)
    return useDatasetsStore().loaded.has(id) || stored.value.some((s) => s.id === id) ? id : null
  }

  /**
   * Add the previewed import. Storage failure keeps it in memory with a notice; earlier imports stay as they were.
   * `sameAs`: a loaded department's name this one is the same department as (renamed or merged), if the user set one.
   */
  async function commit(department: string, year: number, sameAs = ''): Promise<string | null> {
    const p = preview.value
    if (!p || !department.trim() || !Number.isInteger(year)) return null
    const id = datasetId(department.trim(), year)
    const record: StoredDataset = {
      id, department: department.trim(), year, importedAt: new Date().toISOString(),
      files: p.files.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer as ArrayBuffer })),
      ...(sameAs.trim() ? { sameAs: sameAs.trim() } : {}),
    }
    const meta = { id, department: record.department, year, origin: 'imported' as const, ...(record.sameAs ? { sameAs: record.sameAs } : {}) }
    useDatasetsStore().addImported({ dataset: buildDataset(p.result, meta), problems: p.result.problems, files: p.result.files })
    preview.value = null
    try {
      await saveStored(record)
      stored.value = [...stored.value.filter((s) => s.id !== id), record]
      storage.value = 'ok'
    } catch (e) {
      storageNotice(e)
    }
    return id
  }

  /** Add previewed bulk facts to the whole-city store (replacing earlier bulk facts) and keep them. */
  async function commitBulk(): Promise<boolean> {
    const p = preview.value
    if (!p?.bulk) return false
    const columns = p.bulk.columns
    usePortalStore().setBulk(columns)
    preview.value = null
    const record = { id: 'bulk' as const, importedAt: new Date().toISOString(), files: p.files.map((f) => f.name), columns }
    try {
      await saveBulk(record)
      bulkStored.value = { files: record.files, rows: columns.length, bytes: bulkBytes(record) }
      storage.value = 'ok'
    } catch (e) {
      storageNotice(e)
    }
    return true
  }

  async function removeBulk(): Promise<void> {
    try {
      await deleteBulk()
      bulkStored.value = null
    } catch (e) {
      storageNotice(e)
    }
    usePortalStore().setBulk(null)
  }

  async function remove(id: string): Promise<void> {
    try {
      await deleteStored(id)
      stored.value = stored.value.filter((s) => s.id !== id)
    } catch (e) {
      storageNotice(e)
    }
    useDatasetsStore().remove(id)
  }

  return { storage, notice, stored, bulkStored, preview, progress, busy, error, errorText, restore, restoreBulk, prepare, prepareFiles, cancel, existingId, commit, commitBulk, remove, removeBulk, load }
})
