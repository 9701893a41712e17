import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { dataPlugin } from './src/build/data-plugin.ts'
import { shellHeadingsPlugin } from './src/build/shell-headings.ts'

/**
 * Two hints in index.html's head, written after bundling (so Vite does not take data/ for an asset of the page):
 * the data list preloads with the scripts (src/boot/prefetch.ts takes it), and `<meta name="chart-code">` names the
 * chart chunk (ECharts), which the page fetches when idle, before the reader scrolls to a chart
 * (src/composables/useNearViewport.ts).
 */
function loadHints(): Plugin {
  return {
    name: 'load-hints',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk')
        const chunk = chunks.find((c) => !!c.facadeModuleId?.endsWith('/components/EChart.vue'))
        const shell = shellPreloads(chunks)
        return [
          { tag: 'link', attrs: { rel: 'preload', href: './data/manifest.csv', as: 'fetch', crossorigin: true }, injectTo: 'head' },
          ...(chunk ? [{ tag: 'meta', attrs: { name: 'chart-code', content: `./${chunk.fileName}` }, injectTo: 'head' as const }] : []),
          ...screenCode(chunks, new Set([...shell, ...(chunk ? [chunk.fileName] : [])])).map(([screen, files]) => ({
            tag: 'meta', attrs: { name: 'screen-code', 'data-screen': screen, content: files.map((f) => `./${f}`).join(' ') }, injectTo: 'head' as const,
          })),
          { tag: 'meta', attrs: { name: 'app-code', content: shell.map((f) => `./${f}`).join(' ') }, injectTo: 'head' },
        ]
      },
    },
  }
}

interface ChunkInfo { fileName: string; facadeModuleId: string | null; imports: string[]; isEntry: boolean }

/** a chunk and everything it imports statically, in visiting order, skipping the entry and the files in `skip` */
function closure(chunks: ChunkInfo[], roots: string[], skip: ReadonlySet<string> = new Set()): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const out = new Set<string>()
  const visit = (file: string) => {
    const c = byFile.get(file)
    if (!c || out.has(file) || skip.has(file) || c.isEntry) return
    out.add(file)
    c.imports.forEach(visit)
  }
  roots.forEach(visit)
  return [...out]
}

/**
 * The code every dataset screen runs before it draws — the app (boot/app.ts), the messages and the locale, the
 * dataset shell (DatasetView) and all they import — named in index.html (`<meta name="app-code">`), so the entry
 * requests it all at once, in parallel, right after the first paint (boot/preload.ts). Without this, each chunk was
 * found only when the one importing it had run: eight round trips in a chain before the first figure on a slow phone
 * network (docs/PERFORMANCE.md). Not as `<link rel="modulepreload">` in the HTML: those compete with the first
 * paint's stylesheet and entry for a slow link (Lighthouse FCP 1.05 → 1.3–1.6 s); nor through Vite's preload
 * helper (`modulePreload: false`, below), which appended tags inside the start-up tasks.
 */
function shellPreloads(chunks: ChunkInfo[]): string[] {
  const ROOTS = ['/src/boot/app.ts', '/src/i18n/index.ts', '/src/router/locale.ts', '/src/views/DatasetView.vue']
  const roots = ROOTS.map((root) => {
    const c = chunks.find((x) => x.facadeModuleId?.endsWith(root))
    if (!c) throw new Error(`load-hints: no chunk for ${root}`)
    return c.fileName
  })
  // the entry's own imports have arrived by the time it asks for these
  return closure(chunks, roots, new Set(chunks.filter((c) => c.isEntry).flatMap((c) => c.imports)))
}

/**
 * Each screen's own code beyond the shell's (`views/<screen>/<Name>View.vue` and its imports), as
 * `<meta name="screen-code" data-screen="<screen>">`: the entry preloads the route's screen with the app's code
 * (boot/preload.ts) instead of waiting for the router to ask for it.
 */
function screenCode(chunks: ChunkInfo[], skip: ReadonlySet<string>): [string, string[]][] {
  return chunks.flatMap((c): [string, string[]][] => {
    const m = /\/src\/views\/([^/]+)\/[^/]+View\.vue$/.exec(c.facadeModuleId ?? '')
    return m ? [[m[1]!, closure(chunks, [c.fileName], skip)]] : []
  })
}

export default defineConfig({
  base: './',
  plugins: [vue(), dataPlugin(), shellHeadingsPlugin(), loadHints()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // messages are compiled to functions by src/i18n/compile.ts: the runtime-only build suffices
      'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js',
    },
  },
  // vue-i18n feature flags: no legacy API, no message compiler (messages are functions), no devtools
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: true,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false,
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    /*
     * One stylesheet (19 kB, 5 kB brotli), linked by index.html: with a sheet per lazy chunk, every dynamic import
     * appended <link> tags to the head while the app started, tasks of up to 30 ms on a phone (Vite's preload helper,
     * measured in a 4× CPU trace; docs/PERFORMANCE.md).
     */
    cssCodeSplit: false,
    /*
     * No <link rel=modulepreload> tags appended before each dynamic import: each tag starts a fetch on the main
     * thread, and while the app started they made tasks that Lighthouse counted as blocking (TBT 780–1150 ms with
     * them, 460–600 without, three runs each, docs/PERFORMANCE.md). The chunks' own imports are fetched as found.
     */
    modulePreload: false,
    rolldownOptions: {
      output: {
        /*
         * Fewer, larger lazy chunks for the screens: left alone, the bundler cuts the shared screen code into some
         * forty files of a few hundred bytes, and a phone on HTTP/1.1 (six connections) waits a round trip per six.
         * The shell's code (entry, router, boot) and the chart chunk (EChart.vue with ECharts) keep their own files;
         * the importer and the rules live in the workers and load on the page only without one.
         */
        codeSplitting: {
          // a group holds only what it names; Vue and the router stay in the shell's chunks
          includeDependenciesRecursively: false,
          groups: [
            /*
             * Vue and its libraries as one file: split, each of their files was found only once the one importing it
             * had arrived (no modulepreload tags, above), three round trips in a chain before the app could start.
             * They import nothing of the app's, so one file of them cannot form a cycle.
             */
            { name: 'vue', test: /\/node_modules\/(@vue|vue|vue-router|pinia|vue-i18n|@intlify)\//, priority: 3 },
            { name: 'screen-kit', test: /\/src\/(components\/(?!EChart\.vue)|composables\/|charts\/|export\/)/, priority: 2 },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
})
