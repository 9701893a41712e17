/**
 * Browser import: files → worker parse → preview → (department/year confirmed) → IndexedDB + datasets store.
 * Nothing is uploaded. A failed or cancelled import leaves loaded and stored data untouched.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { buildDataset, datasetId } from '@/model/dataset'
import type { ImportResult } from '@/model/types'
import type { InputFile } from '@/import'
import { importFiles } from '@/import'
import { deleteStored, listStored, saveStored, StorageError, type StorageIssue, type StoredDataset } from '@/persist/db'
import { importInWorker, ImportCancelled, type ImportJob } from '@/workers/tables-client'
import { useDatasetsStore } from './datasets'

export interface Preview {
  files: InputFile[]
  result: ImportResult
  department: string
  year: number | null
}

export const useImportsStore = defineStore('imports', () => {
  const storage = ref<'ok' | StorageIssue | 'unknown'>('unknown')
  const notice = ref<string | null>(null)
  const stored = shallowRef<StoredDataset[]>([])
  const preview = shallowRef<Preview | null>(null)
  const progress = ref<{ done: number; total: number } | null>(null)
  const busy = ref(false)
  const error = ref<string | null>(null)
  let job: ImportJob | null = null

  function storageNotice(e: unknown): void {
    const issue = e instanceof StorageError ? e.issue : 'failed'
    storage.value = issue
    notice.value = issue
  }

  function load(record: StoredDataset): void {
    const files = record.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }))
    const result = importFiles(files)
    const meta = { id: record.id, department: record.department, year: record.year, origin: 'imported' as const }
    useDatasetsStore().addImported({ dataset: buildDataset(result, meta), problems: result.problems, files: result.files })
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
      list.forEach(load)
    } catch (e) {
      storageNotice(e)
    }
  }

  async function prepare(files: InputFile[]): Promise<void> {
    error.value = null
    preview.value = null
    busy.value = true
    progress.value = { done: 0, total: files.reduce((s, f) => s + f.bytes.byteLength, 0) }
    job = importInWorker(files, (done, total) => (progress.value = { done, total }))
    try {
      const result = await job.promise
      preview.value = { files, result, department: result.department ?? '', year: result.year }
    } catch (e) {
      if (!(e instanceof ImportCancelled)) error.value = (e as Error).message
    } finally {
      busy.value = false
      progress.value = null
      job = null
    }
  }

  function cancel(): void {
    job?.cancel()
    preview.value = null
  }

  function existingId(department: string, year: number): string | null {
    const id = datasetId(department, year)
    return useDatasetsStore().loaded.has(id) || stored.value.some((s) => s.id === id) ? id : null
  }

  /** Add the previewed import. Storage failure keeps it in memory with a notice; earlier imports stay as they were. */
  async function commit(department: string, year: number): Promise<string | null> {
    const p = preview.value
    if (!p || !department.trim() || !Number.isInteger(year)) return null
    const id = datasetId(department.trim(), year)
    const record: StoredDataset = {
      id, department: department.trim(), year, importedAt: new Date().toISOString(),
      files: p.files.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer as ArrayBuffer })),
    }
    const meta = { id, department: record.department, year, origin: 'imported' as const }
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

  async function remove(id: string): Promise<void> {
    try {
      await deleteStored(id)
      stored.value = stored.value.filter((s) => s.id !== id)
    } catch (e) {
      storageNotice(e)
    }
    useDatasetsStore().remove(id)
  }

  return { storage, notice, stored, preview, progress, busy, error, restore, prepare, cancel, existingId, commit, remove }
})
