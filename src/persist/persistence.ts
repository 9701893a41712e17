/**
 * Persistent storage (navigator.storage): whether the browser promised to keep this site's data, asking it
 * to, and how much space the site uses. Every call is guarded: the API is missing in older browsers, in some
 * embedded views and in insecure contexts, and may throw.
 */
export type Persistence = 'granted' | 'notGranted' | 'unsupported'

function api(): StorageManager | null {
  return (typeof navigator !== 'undefined' && navigator.storage) || null
}

/** Whether the data is kept until the user clears it (no prompt). */
export async function persistence(): Promise<Persistence> {
  const s = api()
  if (!s || typeof s.persisted !== 'function') return 'unsupported'
  try {
    return (await s.persisted()) ? 'granted' : 'notGranted'
  } catch {
    return 'unsupported'
  }
}

/** Ask the browser to keep the data (Firefox may prompt; Chromium decides by itself). */
export async function askPersistence(): Promise<Persistence> {
  const s = api()
  if (!s || typeof s.persist !== 'function') return 'unsupported'
  try {
    return (await s.persist()) ? 'granted' : 'notGranted'
  } catch {
    return 'notGranted'
  }
}

export interface Usage {
  usage: number
  quota: number
}

/** Bytes this origin uses and may use, as the browser estimates them; null when it will not say. */
export async function usage(): Promise<Usage | null> {
  const s = api()
  if (!s || typeof s.estimate !== 'function') return null
  try {
    const e = await s.estimate()
    return typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null
  } catch {
    return null
  }
}
