import type { Dictionary } from '@/lib/dictionary/dictionary'
import type { Morphology } from '@/lib/morphology/morphology'

/** English words that say nothing about which sentence is which. */
const ENGLISH_STOP_WORDS = new Set(
  'the and for with from that this into onto upon about over under out off one some any all not its his her their our your something someone somebody sth sb etw jdn jdm'.split(
    ' ',
  ),
)
/** Shorter English words are not anchors: "to", "in", "a" occur everywhere. */
const MIN_WORD = 3

/**
 * A crude English stem (went/go stays apart, but walks, walked, walking meet): enough for
 * anchors, which only need a word of a gloss to meet its form in a translation.
 */
export function englishStem(word: string): string {
  const lower = word.toLowerCase()
  if (lower.length <= 4) return lower
  return lower.replace(/(?:ing|ed|es|s|ly)$/u, '')
}

/** The English words of a Ding sense ("to go (on foot); to walk" → go, foot, walk), stemmed. */
export function senseWords(sense: string): string[] {
  return (sense.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((word) => word.length >= MIN_WORD && !ENGLISH_STOP_WORDS.has(word))
    .map(englishStem)
}

/**
 * For the aligner's anchors: the stemmed English words of a German word's dictionary
 * senses, through its lemmas in the morphological lexicon and in Ding. Cached per form.
 */
export function glossWordsOf(sources: {
  dictionary: Dictionary
  morphology: Morphology
}): (word: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>()
  return (word) => {
    const cached = cache.get(word)
    if (cached) return cached
    const lemmas = new Set<string>([
      word,
      ...sources.morphology.readings(word).map((reading) => reading.lemma),
      ...sources.dictionary.lemmasOfForm(word),
    ])
    const lower = word.toLowerCase()
    if (lower !== word) lemmas.add(lower)
    const words = new Set<string>()
    for (const lemma of lemmas)
      for (const entry of sources.dictionary.entries(lemma))
        for (const sense of entry.senses)
          for (const english of senseWords(sense)) words.add(english)
    const found = [...words]
    cache.set(word, found)
    return found
  }
}
