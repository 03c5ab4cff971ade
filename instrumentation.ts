/**
 * Starts the lookup threads when the server starts (each opens the dictionary and the
 * lexicon: their headers, milliseconds), so that the first lookup does not wait for them, and
 * hands the lookup route to the server (server/index.mjs), which answers it before Next.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { publishLookupRoute } = await import('./lib/analysis/lookupThreads/route')
  publishLookupRoute()
}
