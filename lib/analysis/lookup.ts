import { SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import type { DictionaryIndex } from '@/lib/dictionary/build'
import { excerpt, type Dictionary } from '@/lib/dictionary/dictionary'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { WordToken } from '@/lib/vocabulary/match'
import { readingsOfWord } from './readings'

/** A lookup request names at most this many words; a longer text asks in several. */
export const MAX_LOOKUP_WORDS = 400

// What the lookup route accepts as a word: letters, with inner apostrophes and hyphens.
const LOOKUP_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’-]{0,79}$/u

export const isLookupWord = (word: string) => LOOKUP_WORD.test(word)

/**
 * The lookup requests a text needs: its distinct words the route accepts, sorted (so the
 * same text asks the same URLs, which caches can answer), in batches the route allows.
 */
export function lookupBatches(words: Iterable<string>): string[][] {
  // F-35-Kampfjets is not a lookup word, but its parts are what the lemmatiser asks about.
  const parts = [...words].flatMap((word) =>
    isLookupWord(word) ? [word] : word.split(/[-'’]/u).filter(isLookupWord),
  )
  const accepted = [...new Set(parts)].sort()
  const batches: string[][] = []
  for (let at = 0; at < accepted.length; at += MAX_LOOKUP_WORDS)
    batches.push(accepted.slice(at, at + MAX_LOOKUP_WORDS))
  return batches
}

export const lookupPath = (words: readonly string[]) =>
  `/api/dictionary?w=${encodeURIComponent(words.join(','))}`

/** The dictionary, recording every key the engine asks it about. */
function recording(dictionary: Dictionary, keys: Set<string>): Dictionary {
  return {
    entries(lemma) {
      keys.add(lemma)
      return dictionary.entries(lemma)
    },
    lemmasOfForm(form) {
      keys.add(form)
      return dictionary.lemmasOfForm(form)
    },
  }
}

const asWord = (text: string, sentenceStart: boolean): WordToken => ({
  kind: 'word',
  text,
  index: 0,
  sentenceStart,
  punctBefore: '',
  morph: [],
  units: [],
})

/**
 * Every key the engine may ask the dictionary about these words, wherever they stand: as
 * written and at a sentence start, each reading's headword, and the word as the finite part
 * of a separable verb with any particle.
 */
export function keysFor(
  words: Iterable<string>,
  curated: Lexicon,
  dictionary: Dictionary,
): Set<string> {
  const keys = new Set<string>()
  const asked = recording(dictionary, keys)
  for (const word of words) {
    const readings = [true, false].flatMap((start) =>
      readingsOfWord(asWord(word, start), { curated, dictionary: asked }),
    )
    for (const reading of readings) asked.entries(reading.lemma)
    const form = word.charAt(0).toLowerCase() + word.slice(1)
    const verbs = readings.filter((reading) => reading.pos === 'verb').map((r) => r.lemma)
    for (const particle of SEPARABLE_PARTICLES) {
      for (const lemma of asked.lemmasOfForm(`${form} ${particle}`)) asked.entries(lemma)
      for (const verb of verbs) asked.entries(particle + verb)
    }
  }
  return keys
}

/** The part of the index a text's words need: what the lookup route answers. */
export function lookupExcerpt(
  words: Iterable<string>,
  index: Pick<DictionaryIndex, 'entries' | 'forms'>,
  curated: Lexicon,
  dictionary: Dictionary,
) {
  return excerpt(index, dictionary, keysFor(words, curated, dictionary))
}
