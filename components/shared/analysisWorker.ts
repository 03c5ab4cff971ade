/**
 * Starts the analysis worker (lib/analysis/worker): a module worker that Turbopack bundles as
 * a chunk of its own under /_next/static, which the CSP's `script-src 'self'` allows. The
 * reader keeps one for the page; a book's import starts its own, ended by Cancel.
 */
export const startAnalysisWorker = () =>
  new Worker(new URL('../../lib/analysis/worker/analysisWorker.ts', import.meta.url), {
    type: 'module',
  })
