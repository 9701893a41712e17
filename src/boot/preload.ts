/**
 * The app's code and the route's screen code, requested by the entry right after the first paint, all at once: the
 * build lists them in index.html (vite.config.ts: `<meta name="app-code">` — boot/app.ts, the messages, the dataset
 * shell and their imports — and `<meta name="screen-code" data-screen="…">` per screen). Without this each chunk
 * was requested only once the chunk importing it had arrived and run: eight round trips in a chain on a slow phone
 * network, and the screen's code only after Vue and the router had started. One batch of
 * `<link rel="modulepreload">` tags, added once, before the app starts.
 */
import { routeParts } from './prefetch'

/** the files a `<meta>` of the build lists (space-separated), none when it is absent (the dev server) */
function listed(meta: HTMLMetaElement | undefined | null): string[] {
  return (meta?.content ?? '').split(' ').filter(Boolean)
}

export function preloadCode(doc: Document, hash: string): string[] {
  const { dataset, screen, query } = routeParts(hash)
  const files = new Set(listed(doc.querySelector<HTMLMetaElement>('meta[name="app-code"]')))
  if (dataset !== undefined) {
    // presentation mode is a view of its own; the landing page (no dataset) opens the first dataset's overview
    const name = query.get('present') === '1' ? 'present' : screen ?? 'overview'
    const meta = [...doc.querySelectorAll<HTMLMetaElement>('meta[name="screen-code"]')].find((m) => m.dataset.screen === name)
    for (const f of listed(meta)) files.add(f)
  }
  for (const href of files) {
    const link = doc.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    doc.head.append(link)
  }
  return [...files]
}
