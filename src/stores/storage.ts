/**
 * What the browser keeps for this site: whether it promised to keep it (persistent storage), how much it
 * uses, and the stored imports as one backup file (export, restore, delete all). A rejected backup leaves
 * stored data untouched: the file is read and checked in full before anything is written, and the write is
 * one transaction.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { clearAll, readAll, writeAll } from '@/persist/all'
import { backupName, writeBackup, type Backup } from '@/persist/backup'
import { BackupError, readBackup } from '@/persist/backup-read'
import { StorageError } from '@/persist/db'
import { askPersistence, persistence, usage, type Persistence, type Usage } from '@/persist/persistence'
import { unpackColumns } from '@/model/facts'
import { bulkBytes } from '@/persist/size'
import { useDatasetsStore } from './datasets'
import { useImportsStore } from './imports'
import { usePortalStore } from './portal'

/** An outcome to show: an i18n key under `storage.` and its parameters. */
export interface StorageMessage {
  kind: 'ok' | 'error'
  key: string
  params?: Record<string, string | number>
}

export const useStorageStore = defineStore('storage', () => {
  const persisted = ref<Persistence | 'unknown'>('unknown')
  const used = shallowRef<Usage | null>(null)
  const busy = ref(false)
  const message = shallowRef<StorageMessage | null>(null)
  let asked = false

  async function check(): Promise<void> {
    ;[persisted.value, used.value] = await Promise.all([persistence(), usage()])
  }

  /** Ask the browser to keep the data: once per page after something was stored, or whenever the user asks. */
  async function ask(user = false): Promise<void> {
    if (persisted.value === 'granted' || (asked && !user)) return
    asked = true
    persisted.value = await askPersistence()
    used.value = await usage()
  }

  function failed(e: unknown): void {
    message.value = { kind: 'error', key: `failed.${e instanceof StorageError ? e.issue : 'failed'}` }
  }

  /** The backup file of everything stored, or null (with a message) when nothing is stored or storage fails. */
  async function exportFile(): Promise<{ blob: Blob; name: string } | null> {
    busy.value = true
    message.value = null
    try {
      const all = await readAll()
      if (!all.datasets.length && !all.bulk) {
        message.value = { kind: 'error', key: 'nothingToExport' }
        return null
      }
      const blob = writeBackup(all)
      message.value = { kind: 'ok', key: 'exported', params: { datasets: all.datasets.length, rows: all.bulk?.columns.length ?? 0, bytes: blob.size } }
      return { blob, name: backupName() }
    } catch (e) {
      failed(e)
      return null
    } finally {
      busy.value = false
    }
  }

  /** Check a backup file, then add its records to storage and to the screens. False (with a message) when rejected. */
  async function restoreFile(bytes: Uint8Array): Promise<boolean> {
    busy.value = true
    message.value = null
    try {
      let backup: Backup
      try {
        backup = readBackup(bytes)
      } catch (e) {
        if (!(e instanceof BackupError)) throw e
        message.value = { kind: 'error', key: `rejected.${e.issue}`, params: { detail: e.detail } }
        return false
      }
      try {
        await writeAll(backup)
      } catch (e) {
        failed(e)
        return false
      }
      await adopt(backup)
      message.value = { kind: 'ok', key: 'restored', params: { datasets: backup.datasets.length, rows: backup.bulk?.columns.length ?? 0 } }
      used.value = await usage()
      return true
    } finally {
      busy.value = false
    }
  }

  /** Put the records of a backup just written to storage on the screens (readBackup checked the columns deeply). */
  async function adopt(backup: Backup): Promise<void> {
    const imports = useImportsStore()
    await imports.restoreBulk() // a read of the earlier bulk facts still in flight must not overwrite these
    for (const record of backup.datasets) await imports.load(record)
    const ids = new Set(backup.datasets.map((d) => d.id))
    imports.stored = [...imports.stored.filter((s) => !ids.has(s.id)), ...backup.datasets]
    if (backup.bulk) {
      const columns = unpackColumns(backup.bulk.columns, { deep: false })
      usePortalStore().setBulk(columns)
      imports.bulkStored = { files: backup.bulk.files, rows: columns.length, bytes: bulkBytes(backup.bulk) }
    }
  }

  /** Delete every stored import and take it off the screens. */
  async function removeAll(): Promise<void> {
    const imports = useImportsStore()
    busy.value = true
    message.value = null
    try {
      await imports.restoreBulk()
      await clearAll()
      for (const s of imports.stored) useDatasetsStore().remove(s.id)
      imports.stored = []
      if (imports.bulkStored) usePortalStore().setBulk(null)
      imports.bulkStored = null
      message.value = { kind: 'ok', key: 'removedAll' }
      used.value = await usage()
    } catch (e) {
      failed(e)
    } finally {
      busy.value = false
    }
  }

  return { persisted, used, busy, message, check, ask, exportFile, restoreFile, removeAll }
})
