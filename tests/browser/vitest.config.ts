import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser tests: the production build (dist/) served by `vite preview`, driven through playwright-core in Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    include: ['tests/browser/**/*.spec.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
