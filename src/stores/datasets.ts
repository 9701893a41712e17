/**
 * Datasets: the manifest, and each department-year loaded lazily on first use.
 * Loaded datasets live in a shallowRef'd Map that is replaced on every change (never mutated in place),
 * so Vue tracks one reference instead of every row.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { importTables } from '@/workers/import-client'
import { takeEarlyImport, takePrefetched } from '@/boot/prefetch'
import { dataFileUrl, readBundled, type BundledAudit, type BundledRead } from '@/boot/bundled'
import { buildDataset } from '@/model/dataset'
import { departmentKeyer } from '@/model/department'
import { parseManifest, type ManifestEntry } from '@/model/manifest'
import type { Dataset, ImportProblem, FileReport } from '@/model/types'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export interface LoadedDataset {
  dataset: Dataset
  problems: ImportProblem[]
  files: FileReport[]
  /** a bundled dataset's audit as the build ran it (boot/bundled.ts), when its meta is the manifest's */
  audit?: BundledAudit
}

const DATA_BASE = import.meta.env.BASE_URL + 'data/'
/** error value for an id that is neither in the manifest nor among the imports (the view words it) */
export const NOT_FOUND = 'not-found'

async function fetchBytes(url: string): Promise<Uint8Array> {
  // the entry script may have started this download already (boot/prefetch.ts); a failed early try fetches again
  const early = takePrefetched(url)
  const res = (early && (await early.catch(() => null))) || (await fetch(url))
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

export const useDatasetsStore = defineStore('datasets', () => {
  const manifest = shallowRef<ManifestEntry[]>([])
  const manifestState = ref<LoadState>('idle')
  const manifestError = ref<string | null>(null)
  const loaded = shallowRef<ReadonlyMap<string, LoadedDataset>>(new Map())
  const states = ref<Record<string, LoadState>>({})
  const errors = ref<Record<string, string>>({})

  const entries = computed(() => manifest.value)

  async function loadManifest(): Promise<void> {
    if (manifestState.value === 'ready' || manifestState.value === 'loading') return
    manifestState.value = 'loading'
    try {
      const bytes = await fetchBytes(DATA_BASE + 'manifest.csv')
      const { entries: list, problems } = parseManifest(new TextDecoder().decode(bytes))
      if (problems.length) manifestError.value = problems.map((p) => p.message).join('；')
      manifest.value = list
      manifestState.value = 'ready'
    } catch (e) {
      manifestError.value = (e as Error).message
      manifestState.value = 'error'
    }
  }

  function put(id: string, value: LoadedDataset): void {
    const next = new Map(loaded.value)
    next.set(id, value)
    loaded.value = next
    states.value = { ...states.value, [id]: 'ready' }
  }

  /** Load one dataset's files (once). Resolves when ready or failed; never throws. */
  async function ensure(id: string): Promise<void> {
    if (loaded.value.has(id) || states.value[id] === 'loading') return
    const entry = manifest.value.find((e) => e.id === id)
    if (!entry) {
      errors.value = { ...errors.value, [id]: NOT_FOUND }
      states.value = { ...states.value, [id]: 'error' }
      return
    }
    states.value = { ...states.value, [id]: 'loading' }
    try {
      const read = async (): Promise<BundledRead> => {
        // the dataset as the build read it (boot/bundled.ts: the importer's result for these files), else its CSVs
        const bundled = await readBundled(DATA_BASE, entry.folder)
        if (bundled) return bundled
        const files = await Promise.all(
          entry.files.map(async (name) => ({ name, bytes: await fetchBytes(dataFileUrl(DATA_BASE, entry.folder, name)) })),
        )
        // read in the tables worker: parsing and the self-check stay off the main thread (no long task on load)
        return importTables(files).promise
      }
      // the entry script may have downloaded and read this dataset already (boot/prefetch.ts); if that failed, again
      const early = takeEarlyImport(id)
      const result = (early && (await early.catch(() => null))) || (await read())
      const { folder: _f, files: _files, ...meta } = entry
      const audit = result.audit && JSON.stringify(result.audit.meta) === JSON.stringify(meta) ? { audit: result.audit } : {}
      put(id, { dataset: buildDataset(result, meta), problems: result.problems, files: result.files, ...audit })
    } catch (e) {
      errors.value = { ...errors.value, [id]: (e as Error).message }
      states.value = { ...states.value, [id]: 'error' }
    }
  }

  /**
   * Load the manifest's other years of `ds`'s department (same name after normalisation, or linked), so the prior
   * year and the department's series can use them. Imports are all loaded at start-up already; the manifest must be.
   */
  async function ensureDepartment(ds: Dataset): Promise<void> {
    const stubs = manifest.value.map(({ folder: _f, files: _files, ...meta }): Dataset => ({ meta, tables: {}, stated: [], files: [] }))
    const key = departmentKeyer([...loaded.value.values()].map((l) => l.dataset).concat(stubs, [ds]))
    const own = key(ds)
    await Promise.all(stubs.filter((s) => s.meta.id !== ds.meta.id && key(s) === own).map((s) => ensure(s.meta.id)))
  }

  /** Add a dataset imported in the browser (kept in memory; persistence is the import store's job). */
  function addImported(value: LoadedDataset): void {
    put(value.dataset.meta.id, value)
  }

  function remove(id: string): void {
    const next = new Map(loaded.value)
    next.delete(id)
    loaded.value = next
    const { [id]: _s, ...rest } = states.value
    states.value = rest
  }

  return { manifest, manifestState, manifestError, loaded, states, errors, entries, loadManifest, ensure, ensureDepartment, addImported, remove }
})
