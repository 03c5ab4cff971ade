import type { Language } from '@/i18n/settings'
import type { AnalysisSources } from '@/lib/analysis/readings'
import { isCurrentLookup, lookupBatches, lookupPath, lookupsOf } from '@/lib/analysis/lookup'
import type { BookBlock } from '@/lib/books/types'
import { curatedLexicons, type CuratedVocabulary, type Lexicon } from '@/lib/vocabulary/lexicon'
import { tokenize } from '@/lib/text/tokenize'

/** A response that is not the JSON asked for: the server or the connection failed. */
export class LookupError extends Error {
  override name = 'LookupError'
}

/** Lookup requests in flight at once: enough to hide the latency, few enough for the server. */
const PARALLEL_LOOKUPS = 4

async function fetchText(path: string): Promise<string> {
  let response: Response
  try {
    response = await fetch(path)
  } catch (error) {
    throw new LookupError(
      `${path.split('?')[0]}: ${error instanceof Error ? error.message : error}`,
    )
  }
  if (!response.ok) throw new LookupError(`${path.split('?')[0]} answered ${response.status}`)
  return response.text()
}

let curated: Promise<Record<Language, Lexicon>> | undefined

/** The curated vocabulary in every language, fetched once per worker. */
export function curatedVocabulary(): Promise<Record<Language, Lexicon>> {
  curated ??= fetchText('/vocabulary.json').then(
    (text) => curatedLexicons(JSON.parse(text) as CuratedVocabulary),
    (error: unknown) => {
      curated = undefined
      throw error
    },
  )
  return curated
}

/** The words of blocks as the lookup asks for them. */
export function wordsOf(blocks: readonly Pick<BookBlock, 'text'>[]): string[] {
  return blocks.flatMap((block) =>
    tokenize(block.text)
      .filter((token) => token.kind === 'word')
      .map((token) => token.text),
  )
}

/**
 * The lookups these words need, in the batches the server allows, a few at a time; each
 * response is kept as its text. `onProgress` hears each batch answered.
 */
export async function fetchLookups(
  words: Iterable<string>,
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  const batches = lookupBatches(words)
  const answers: string[] = new Array<string>(batches.length)
  let next = 0
  let done = 0
  onProgress?.(0, batches.length)
  const fetchNext = async (): Promise<void> => {
    while (next < batches.length) {
      const at = next++
      answers[at] = await fetchText(lookupPath(batches[at]!))
      onProgress?.(++done, batches.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_LOOKUPS, batches.length) }, fetchNext))
  return answers
}

/**
 * The dictionary and the lexicon from lookup responses kept as text; undefined when they are
 * of an earlier format (a book imported before it changed), which are then fetched again.
 */
export function lookupsFromText(
  parts: readonly string[],
): Omit<AnalysisSources, 'curated'> | undefined {
  const parsed = parts.map((part) => JSON.parse(part) as unknown)
  return parsed.every(isCurrentLookup) ? lookupsOf(parsed) : undefined
}

/** The lookups of a fresh answer: the server's format is the one this code reads. */
export function answeredLookups(parts: readonly string[]): Omit<AnalysisSources, 'curated'> {
  const lookups = lookupsFromText(parts)
  if (!lookups) throw new LookupError('/api/dictionary answered in another format')
  return lookups
}
