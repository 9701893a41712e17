/**
 * A static server for the bench's page-load measures: dist/ as a portal would serve it — brotli (or gzip) when the
 * browser accepts it, hashed assets cached for a year, everything else revalidated. `vite preview` sends no
 * compression, which no public deployment would do; the bytes a visitor downloads are what this measures.
 */
import { createServer } from 'node:http'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml', '.ico': 'image/x-icon',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.txt', '.webmanifest', '.xml'])

export interface Served {
  url: string
  close(): Promise<void>
}

/** every file under `dir` */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]))
}

export async function servePreview(dist: string, port = 0): Promise<Served> {
  const cache = new Map<string, { raw: Buffer; br?: Buffer; gz?: Buffer }>()
  /*
   * Compressed before the first request, as a portal's static server or CDN serves them: compressing a 170 kB
   * chunk at quality 11 on request took ~0.4 s, which Lighthouse took for the server's response time.
   */
  for (const file of walk(dist)) {
    const raw = readFileSync(file)
    cache.set(normalize(file), COMPRESSIBLE.has(extname(file)) ? { raw, br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) } : { raw })
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dist, path))
    if (!file.startsWith(normalize(dist))) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    const ext = extname(file)
    let entry = cache.get(normalize(file))
    if (!entry) {
      entry = { raw: readFileSync(file) }
      cache.set(normalize(file), entry)
    }
    const accept = String(req.headers['accept-encoding'] ?? '')
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    }
    let body = entry.raw
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accept)) {
      entry.br ??= brotliCompressSync(entry.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      body = entry.br
      headers['Content-Encoding'] = 'br'
    } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accept)) {
      entry.gz ??= gzipSync(entry.raw, { level: 9 })
      body = entry.gz
      headers['Content-Encoding'] = 'gzip'
    }
    headers['Content-Length'] = String(body.length)
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const addr = server.address()
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}/`
  return {
    url,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
