/**
 * The first paint, before any of the app's code: index.html's static header gains the heading the screen will show
 * ("<department> · <year>年度部门决算 · 收支总览"), written from the bundled manifest and the catalogues at build time
 * (`virtual:shell-headings`, src/build/shell-headings.ts). The reader sees which report opens while the app loads,
 * and the page's largest text is drawn at once, not after the tables are read. The app replaces it on mount with the
 * same heading. No Vue, no parser, a few hundred bytes: it runs before the app's code is even requested (main.ts).
 */
import headings from 'virtual:shell-headings'
import { routeParts } from './prefetch'

export interface ShellHeadings {
  /** bundled datasets by id: the department as printed and the year */
  datasets: Record<string, { department: string; year: number }>
  /** per locale: `app.heading` as the catalogue writes it (with `{dept}` and `{year}`) and the screen names */
  locales: Record<'zh' | 'en', { heading: string; screens: Record<string, string> }>
}

/** The heading the route will show, as runs of text (`zh`: the department's name as printed, marked lang="zh" as the app marks it). */
export function shellHeading(hash: string, h: ShellHeadings = headings): { text: string; zh?: boolean }[] | null {
  const { dataset: id, screen: name, query } = routeParts(hash)
  if (!id || !name) return null
  // presentation and embedded views draw their own, differently sized titles
  if (query.get('present') === '1' || query.get('embed') === '1') return null
  const locale = query.get('lang') === 'en' ? 'en' : 'zh'
  const words = h.locales[locale]
  const screen = words.screens[name]
  if (!screen) return null
  if (name === 'portal') return [{ text: screen }]
  const d = h.datasets[id]
  if (!d) return null
  const [before = '', after = ''] = words.heading.replace('{year}', String(d.year)).split('{dept}')
  return [{ text: before }, { text: d.department, zh: true }, { text: `${after} · ${screen}` }].filter((r) => r.text)
}

/**
 * Write the heading into index.html's boot shell (`#boot-heading`), when the route names one, and show the loading
 * line under it. The line waits for this: painted before the heading, it would be pushed down (a layout shift).
 */
export function paintShell(doc: Document, hash: string): void {
  const status = doc.getElementById('boot-status')
  if (status) status.hidden = false
  const el = doc.getElementById('boot-heading')
  const runs = shellHeading(hash)
  if (!el || !runs) return
  for (const r of runs) {
    if (!r.zh) el.append(r.text)
    else {
      const span = doc.createElement('span')
      span.lang = 'zh'
      span.textContent = r.text
      el.append(span)
    }
  }
  el.hidden = false
}
