import type { Language } from '@/i18n/settings'
import { dictionaryOf } from '@/lib/dictionary/dictionary'
import type { DictionaryIndex } from '@/lib/dictionary/build'
import { lookupBatches, lookupPath } from '@/lib/dictionary/lookup'
import { readImportedText, type ImportedReading, type ReadingLabels } from '@/lib/import/read'
import { TextStore } from '@/lib/import/store'
import type { ImportedText } from '@/lib/import/types'
import { curatedLexicons, type CuratedVocabulary } from '@/lib/vocabulary/lexicon'
import { tokenize } from '@/lib/text/tokenize'
import { getLearningStore } from '@/components/learning/learningStore'

export type LoadedText =
  | { kind: 'ready'; text: ImportedText; reading: ImportedReading; store: TextStore }
  | { kind: 'missing' }

/** A response that is not the JSON asked for: the server or the connection failed. */
export class LookupError extends Error {
  override name = 'LookupError'
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path)
  if (!response.ok) throw new LookupError(`${path.split('?')[0]} answered ${response.status}`)
  return (await response.json()) as T
}

/** The part of the dictionary the text's words need, asked for in parallel batches. */
async function dictionaryFor(text: ImportedText) {
  const words = text.de.flatMap((block) =>
    tokenize(block.text)
      .filter((token) => token.kind === 'word')
      .map((token) => token.text),
  )
  const parts = await Promise.all(
    lookupBatches(words).map((batch) =>
      fetchJson<Pick<DictionaryIndex, 'entries' | 'forms'>>(lookupPath(batch)),
    ),
  )
  // Batches overlap in what they answer (two forms of one verb): each entry once.
  const seen = new Set<string>()
  const entries = parts
    .flatMap((part) => part.entries)
    .filter((entry) => {
      const id = JSON.stringify(entry)
      return !seen.has(id) && Boolean(seen.add(id))
    })
  return dictionaryOf({
    entries,
    forms: Object.assign({}, ...parts.map((part) => part.forms)) as DictionaryIndex['forms'],
  })
}

let curated: Promise<CuratedVocabulary> | undefined

/**
 * Opens an imported text from this device and analyses it for the reader: its words are
 * matched in the browser against the curated vocabulary, then the dictionary.
 */
export async function loadReading(
  id: string,
  lng: Language,
  labels: ReadingLabels,
): Promise<LoadedText> {
  const store = new TextStore((await getLearningStore()).db)
  const text = await store.get(id)
  if (!text) return { kind: 'missing' }
  curated ??= fetchJson<CuratedVocabulary>('/vocabulary.json').catch((error: unknown) => {
    curated = undefined
    throw error
  })
  const [vocabulary, dictionary] = await Promise.all([curated, dictionaryFor(text)])
  const reading = readImportedText(text, curatedLexicons(vocabulary), dictionary, lng, labels)
  return { kind: 'ready', text, reading, store }
}
