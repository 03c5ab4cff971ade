import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Files share a worker's modules instead of importing everything anew each: half the
    // run's time went on imports. No test file leaves global state behind (checked with
    // --sequence.shuffle.files); one that must should restore it in afterAll.
    isolate: false,
  },
})
