import type { Language } from '@/i18n/settings'
import { lookupBatches, lookupPath, lookupsOf, type LookupExcerpt } from '@/lib/analysis/lookup'
import { readImportedText, type ImportedReading, type ReadingLabels } from '@/lib/import/read'
import type { ImportedText } from '@/lib/import/types'
import { curatedLexicons, type CuratedVocabulary } from '@/lib/vocabulary/lexicon'
import { tokenize } from '@/lib/text/tokenize'

/** A response that is not the JSON asked for: the server or the connection failed. */
export class LookupError extends Error {
  override name = 'LookupError'
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path)
  if (!response.ok) throw new LookupError(`${path.split('?')[0]} answered ${response.status}`)
  return (await response.json()) as T
}

/** The parts of the dictionary and the lexicon the text's words need, asked in parallel. */
async function lookupsFor(text: ImportedText) {
  const words = text.de.flatMap((block) =>
    tokenize(block.text)
      .filter((token) => token.kind === 'word')
      .map((token) => token.text),
  )
  const parts = await Promise.all(
    lookupBatches(words).map((batch) => fetchJson<LookupExcerpt>(lookupPath(batch))),
  )
  return lookupsOf(parts)
}

let curated: Promise<CuratedVocabulary> | undefined

/**
 * Analyses an imported text for the reader: its words are matched in the browser against
 * the curated vocabulary, then against the part of the dictionary they need.
 */
export async function analyseText(
  text: ImportedText,
  lng: Language,
  labels: ReadingLabels,
): Promise<ImportedReading> {
  curated ??= fetchJson<CuratedVocabulary>('/vocabulary.json').catch((error: unknown) => {
    curated = undefined
    throw error
  })
  const [vocabulary, lookups] = await Promise.all([curated, lookupsFor(text)])
  // Named, so that `npm run bench` can report the analysis apart from the network.
  const start = performance.now()
  const reading = readImportedText(text, curatedLexicons(vocabulary), lookups, lng, labels)
  performance.measure('zk:analyse-import', { start, end: performance.now() })
  return reading
}
