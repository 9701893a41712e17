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
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && !!c.facadeModuleId?.endsWith('/components/EChart.vue'))
        return [
          { tag: 'link', attrs: { rel: 'preload', href: './data/manifest.csv', as: 'fetch', crossorigin: true }, injectTo: 'head' },
          ...(chunk ? [{ tag: 'meta', attrs: { name: 'chart-code', content: `./${chunk.fileName}` }, injectTo: 'head' as const }] : []),
        ]
      },
    },
  }
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
