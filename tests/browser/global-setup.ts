/** Serves dist/ (the real production build) with vite preview for the browser tests. */
import { existsSync } from 'node:fs'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

let server: PreviewServer | undefined

export async function setup(project: TestProject): Promise<void> {
  // DIST lets several working copies test their own build side by side (`vite build --outDir $DIST`); CI uses dist/.
  const outDir = process.env.DIST ?? 'dist'
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`)
  server = await preview({ build: { outDir }, preview: { port: 4179, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  project.provide('baseUrl', url)
}

export async function teardown(): Promise<void> {
  await server?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
