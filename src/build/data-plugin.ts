/**
 * Vite plugin: serves data/ during development and copies it into dist/data at build time,
 * so the app fetches data/manifest.csv and each dataset's files lazily from its own origin.
 * At build time it also writes each bundled dataset as read by the importer (src/build/snapshot.ts), which the
 * page loads instead of the CSVs; the importer runs through Vite's module runner, so the config does not bundle it.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type * as Snapshot from './snapshot.ts'

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

export function dataPlugin(dataDir = resolve(process.cwd(), 'data')): Plugin {
  return {
    name: 'juesuan-data',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0] ?? '')
        const file = resolve(dataDir, '.' + rel)
        if (!file.startsWith(dataDir + sep) || !existsSync(file) || statSync(file).isDirectory()) return next()
        res.setHeader('Content-Type', 'text/csv; charset=utf-8')
        res.end(readFileSync(file))
      })
    },
    async generateBundle() {
      for (const file of walk(dataDir)) {
        if (!/\.(csv|txt|md)$/i.test(file)) continue
        this.emitFile({ type: 'asset', fileName: 'data/' + relative(dataDir, file).split(sep).join('/'), source: readFileSync(file) })
      }
      const src = fileURLToPath(new URL('..', import.meta.url))
      const { module } = await runnerImport<typeof Snapshot>(join(src, 'build/snapshot.ts'), {
        configFile: false, logLevel: 'error', resolve: { alias: { '@': src.replace(/\/$/, '') } },
      })
      for (const s of module.snapshots(dataDir)) this.emitFile({ type: 'asset', fileName: `data/${s.folder}/${module.SNAPSHOT_FILE}`, source: s.json })
    },
  }
}
