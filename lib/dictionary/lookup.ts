import { SEPARABLE_PARTICLES } from './closedClass'
import type { DictionaryIndex } from './build'
import { excerpt, type Dictionary } from './dictionary'
import { analyseWord } from './lemmatize'

/** A lookup request names at most this many words; a longer text asks in several. */
export const MAX_LOOKUP_WORDS = 400

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
