/**
 * The bundled data starts downloading — and being read — as soon as the entry script runs, alongside the lazily
 * loaded screen code, instead of after it: the manifest (already requested by index.html's preload), then the dataset
 * the URL names (or the first one, which the landing page opens) as the build read it (boot/bundled.ts), or, where
 * there is none, its files read in the tables worker. The
 * datasets store takes the manifest response (`takePrefetched`) and the worker's ImportResult (`takeEarlyImport`)
 * instead of doing the same again. Only an optimisation: anything unexpected (an imported dataset's id, a manifest
 * line this light reading cannot split, a failed download) leaves the store to fetch and read as before. No Vue, no
 * parser here: about a kilobyte in the first-paint bundle.
 */
import type { ImportResult } from '../model/types'
import { tablesRequest, type TablesMessage } from '../workers/tables-protocol'
import { dataFileUrl, readBundled, type BundledRead } from './bundled'

const early = new Map<string, Promise<Response>>()
const earlyImports = new Map<string, Promise<BundledRead>>()
const absolute = (url: string) => new URL(url, document.baseURI).href

/** The prefetched response for `url`, once (a response body reads once); undefined when none was started. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  if (typeof document === 'undefined') return undefined
  const key = absolute(url)
  const res = early.get(key)
  early.delete(key)
  return res
}

/** The dataset `id` as read by the tables worker from the entry script, once; undefined when none was started. */
export function takeEarlyImport(id: string): Promise<BundledRead> | undefined {
  const job = earlyImports.get(id)
  earlyImports.delete(id)
  return job
}

/** Split one manifest line; null when it holds quotes (a line this light reading leaves to the real parser). */
function cells(line: string): string[] | null {
  return line.includes('"') ? null : line.split(',').map((c) => c.trim())
}

/** id, folder and files of the manifest line for `id` (or of the first line when `id` is null). */
export function manifestLine(text: string, id: string | null): { id: string; folder: string; files: string[] } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '')
  const header = cells(lines[0] ?? '')
  if (!header) return null
  const [iId, iFolder, iFiles] = ['id', 'folder', 'files'].map((k) => header.indexOf(k))
  if (iId! < 0 || iFolder! < 0 || iFiles! < 0) return null
  for (const line of lines.slice(1)) {
    const c = cells(line)
    if (!c) continue
    if (id === null || c[iId!] === id) {
      const folder = c[iFolder!] ?? ''
      const files = (c[iFiles!] ?? '').split(';').map((f) => f.trim()).filter(Boolean)
      return folder && files.length ? { id: c[iId!]!, folder, files } : null
    }
  }
  return null
}

/**
 * A hash route's parts, read without the router (which has not loaded yet): `#/<id>/<screen>?<query>`. `dataset` is
 * null for the landing page (`#/` or no hash) and undefined when the id is not decodable; `screen` is absent when the
 * route names none (`#/<id>` opens the overview through the router's redirect).
 */
export function routeParts(hash: string): { dataset: string | null | undefined; screen?: string; query: URLSearchParams } {
  const m = /^#\/([^/?]*)(?:\/([^/?]+))?\/?(?:\?(.*))?$/.exec(hash)
  const query = new URLSearchParams(m?.[3] ?? '')
  if (!m || m[1] === '') return { dataset: null, query }
  let dataset: string | undefined
  try {
    dataset = decodeURIComponent(m[1]!)
  } catch {
    dataset = undefined
  }
  return m[2] ? { dataset, screen: m[2], query } : { dataset, query }
}

/** The dataset id a hash route names, null for the landing page (routeParts). */
export function routeDataset(hash: string): string | null | undefined {
  return routeParts(hash).dataset
}

/** A promise nobody may take must not surface as an unhandled rejection: whoever takes it still sees the error. */
function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {})
  return p
}

/** The files, once downloaded, read in the tables worker (the same worker and request builder as the import client's). */
async function readInWorker(files: { name: string; res: Promise<Response> }[]): Promise<ImportResult> {
  const posted = await Promise.all(files.map(async (f) => {
    const r = await f.res
    if (!r.ok) throw new Error(`${f.name}: HTTP ${r.status}`)
    return { name: f.name, bytes: new Uint8Array(await r.arrayBuffer()) }
  }))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/tables.worker.ts', import.meta.url), { type: 'module' })
    const end = (f: () => void) => {
      worker.terminate()
      f()
    }
    worker.onmessage = (e: MessageEvent<TablesMessage>) => {
      if (e.data.type === 'result') end(() => resolve((e.data as Extract<TablesMessage, { type: 'result' }>).result))
      else if (e.data.type === 'error') end(() => reject(new Error((e.data as Extract<TablesMessage, { type: 'error' }>).message)))
    }
    worker.onerror = (e) => end(() => reject(new Error(e.message || 'tables worker failed')))
    worker.postMessage(...tablesRequest(posted))
  })
}

/** Start the manifest and the route's dataset files downloading; `base` is the app's base URL ('./'). */
export function prefetchData(base: string, hash: string): void {
  const id = routeDataset(hash)
  if (id === undefined) return
  const manifestUrl = `${base}data/manifest.csv`
  const res = fetch(manifestUrl)
  early.set(absolute(manifestUrl), handled(res.then((r) => r.clone())))
  void res
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => {
      const line = manifestLine(text, id)
      if (!line) return
      // the dataset as the build read it (boot/bundled.ts); without one, its CSVs read in the tables worker
      const csvs = () => line.files.map((name) => ({ name, res: fetch(dataFileUrl(`${base}data/`, line.folder, name)) }))
      earlyImports.set(line.id, handled(readBundled(`${base}data/`, line.folder).then((r) => r ?? readInWorker(csvs()))))
    })
    .catch(() => {
      // the store fetches again and reports the error in its own words
    })
}
