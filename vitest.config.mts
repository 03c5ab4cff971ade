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
    // The first test of a file that analyses text unpacks the dictionary and the lexicon
    // (about 2 s on an idle 2-core machine, several times that beside a build).
    testTimeout: 30_000,
  },
})
