/**
 * Vite plugin: serves data/ during development and copies it into dist/data at build time,
 * so the app fetches data/manifest.csv and each dataset's files lazily from its own origin.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'

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
    generateBundle() {
      for (const file of walk(dataDir)) {
        if (!/\.(csv|txt|md)$/i.test(file)) continue
        this.emitFile({ type: 'asset', fileName: 'data/' + relative(dataDir, file).split(sep).join('/'), source: readFileSync(file) })
      }
    },
  }
}
