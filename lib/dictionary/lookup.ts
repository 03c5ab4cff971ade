import { SEPARABLE_PARTICLES } from './closedClass'
import type { DictionaryIndex } from './build'
import { excerpt, type Dictionary } from './dictionary'
import { analyseWord } from './lemmatize'

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

/** The dictionary, recording every key the lemmatiser asks it about. */
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

/**
 * Every key the lemmatiser may consult for these words, wherever they stand: as written and
 * at a sentence start, and as the finite part of a separable verb with any particle.
 */
export function keysFor(words: Iterable<string>, dictionary: Dictionary): Set<string> {
  const keys = new Set<string>()
  const asked = recording(dictionary, keys)
  for (const word of words) {
    const readings = [...analyseWord(word, false, asked), ...analyseWord(word, true, asked)]
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
  dictionary: Dictionary,
) {
  return excerpt(index, dictionary, keysFor(words, dictionary))
}
