/**
 * Starts the lookup threads when the server starts (each opens the dictionary and the
 * lexicon: their headers, milliseconds), so that the first lookup does not wait for them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { lookupThreads } = await import('./lib/analysis/lookupThreads/pool')
  lookupThreads()
}
