/**
 * Reads the dictionary (4 MB gzip) when the server starts rather than at the first lookup,
 * which would otherwise keep the first reader of an imported text waiting a second.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getDictionary } = await import('./lib/dictionary/load')
  getDictionary()
}
