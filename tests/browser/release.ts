/**
 * The release before the storage-migration change, built from git history for the cross-build browser test
 * (release.spec.ts), and a plain static server that can serve one build, then another, on one origin.
 *
 * The build is made once per machine: `git archive <commit>` into a temporary folder, this checkout's
 * node_modules linked into it (the release has the same runtime dependencies), `vite build` there; the finished
 * folder is renamed into the cache in one step, so a half-made build is never reused. Without the commit in
 * git history (a shallow clone) or when the build fails, the test fails and says why: it is never skipped.
 */
import { spawn } from 'node:child_process'
import { createReadStream, existsSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The last landed release that stored imports the way the migrations take over (schema v3). */
export const RELEASE = 'd8c2ec6'

/** This checkout: tests/browser/ is two levels below it. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Where the release's build is kept between runs (JK_RELEASE_CACHE moves it). */
const CACHE = join(process.env.JK_RELEASE_CACHE ?? tmpdir(), `jk-release-${RELEASE}`)

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', (e) => reject(new Error(`${cmd} ${args.join(' ')}: ${e.message}`)))
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${out.slice(-4000)}`))))
  })
}

/** The release's production build (its dist/ folder), built now unless a finished one is in the cache. */
export async function releaseBuild(): Promise<string> {
  const dist = join(CACHE, 'dist')
  if (existsSync(join(dist, 'index.html'))) return dist
  rmSync(CACHE, { recursive: true, force: true }) // an unfinished cache: made again
  try {
    await run('git', ['cat-file', '-e', `${RELEASE}^{commit}`], ROOT)
  } catch (e) {
    throw new Error(`release ${RELEASE} is not in this checkout's git history (a shallow clone? run \`git fetch --unshallow\`): the cross-build storage test needs it.\n${(e as Error).message}`, { cause: e })
  }
  const work = mkdtempSync(`${CACHE}.tmp-`)
  try {
    await run('git', ['archive', '--format=tar', '-o', join(work, 'release.tar'), RELEASE], ROOT)
    await run('tar', ['-xf', 'release.tar'], work)
    rmSync(join(work, 'release.tar'))
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir')
    await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(work, 'dist'), '--logLevel', 'warn'], work)
    if (!existsSync(join(work, 'dist/index.html'))) throw new Error('vite build wrote no index.html')
  } catch (e) {
    rmSync(work, { recursive: true, force: true })
    throw new Error(`could not build release ${RELEASE} (in ${work}): ${(e as Error).message}`, { cause: e })
  }
  try {
    renameSync(work, CACHE)
  } catch {
    rmSync(work, { recursive: true, force: true }) // another run finished first: use its build
  }
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`release ${RELEASE}: no build at ${dist}`)
  return dist
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
}

export interface Static {
  origin: string
  port: number
  close(): Promise<void>
}

/** Serve `dir` at http://127.0.0.1:<port> (0: a free port), nothing cached by the browser. */
export async function serveStatic(dir: string, port = 0): Promise<Static> {
  const root = normalize(dir + sep)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root)) return void res.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const addr = server.address()
  const bound = typeof addr === 'object' && addr ? addr.port : port
  return {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
