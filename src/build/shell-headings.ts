/**
 * Vite plugin: `virtual:shell-headings`, what src/boot/shell.ts needs to draw the first heading before the app's
 * code loads — each bundled dataset's department and year (data/manifest.csv, read by the app's own manifest
 * parser) and, per locale, `app.heading` and the screen names from the app's catalogues. One truth: nothing here
 * is written twice; a manifest the parser rejects gives no headings, and the app says why as before.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { bundledEntries } from './manifest.ts'
import zh from '../i18n/zh.ts'
import en from '../i18n/en.ts'
import type { ShellHeadings } from '../boot/shell.ts'

const ID = 'virtual:shell-headings'

export function shellHeadings(dataDir: string): ShellHeadings {
  const datasets: ShellHeadings['datasets'] = {}
  for (const e of bundledEntries(dataDir)) datasets[e.id] = { department: e.department, year: e.year }
  return {
    datasets,
    locales: {
      zh: { heading: zh.app.heading, screens: { ...zh.screens } },
      en: { heading: en.app.heading, screens: { ...en.screens } },
    },
  }
}

export function shellHeadingsPlugin(dataDir = resolve(process.cwd(), 'data')): Plugin {
  return {
    name: 'juesuan-shell-headings',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load: (id) => (id === '\0' + ID ? `export default ${JSON.stringify(shellHeadings(dataDir))}` : undefined),
  }
}
