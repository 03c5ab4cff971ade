/**
 * Opens the dictionary and the lexicon (their headers: milliseconds) when the server starts,
 * so that the first lookup does not also wait for reading 9 MB of index files.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getDictionary } = await import('./lib/dictionary/load')
  const { getMorphology } = await import('./lib/morphology/load')
  getDictionary()
  getMorphology()
}
