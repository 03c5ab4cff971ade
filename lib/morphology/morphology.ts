import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'
import {
  morphTableOf,
  unpackReading,
  type Lexeme,
  type MorphIndex,
  type MorphTable,
} from './format'
import { elisionVariants } from './elision'
import { modernSpellings } from './spelling'

/** One analysis of a full form. */
export interface FormReading {
  lemma: string
  pos: PartOfSpeech
  /** Nouns only: the gender of this reading (a noun of two genders reads twice). */
  gender?: Gender
  /**
   * Morph codes, dot-joined features of lib/vocabulary/morph.ts: "3.sg.pret", "dat.pl",
   * "nom.sg.m.decl", "zuinf". Empty for an uninflected word (an adverb, an adjective's base).
   */
  morph: readonly string[]
  /** Separable verbs only: the particle of the lemma (einladen → "ein"), on all its readings. */
  particle?: string
  /**
   * A finite form standing without its particle, which comes later in the clause: "lud"
   * (… ein) of einladen. The same verb's "einlud" (in a subordinate clause) is not separated.
   */
  separated?: true
}

export interface Morphology {
  /**
   * The readings of a form spelt exactly so: case-sensitive ("Essen" noun, "essen" verb),
   * modern spelling only. A caller at the start of a sentence (or in capitals) also asks for
   * `form.toLowerCase()`; for old or Swiss spellings it asks modernSpellings. Empty if unknown.
   */
  readings(form: string): readonly FormReading[]
}

function toReading(lexeme: Lexeme, features: string, separated: boolean): FormReading {
  const [lemma, pos, gender, particle] = lexeme
  return {
    lemma,
    pos,
    ...(gender ? { gender } : {}),
    morph: features ? features.split(' ') : [],
    ...(particle ? { particle } : {}),
    ...(separated ? { separated: true as const } : {}),
  }
}

const DECLENSION = /(?:e|en|em|er|es)$/u

/** A Morphology over an index held in memory: an excerpt the browser received. */
export const morphologyOf = (index: MorphIndex) => morphologyOfTable(morphTableOf(index))

/**
 * The forms whose readings the lookup route sends for a word (see lookupAnswers), so that
 * the browser's excerpt answers `readings` for them as the whole index does: the word as
 * written and lowercased,
 * uninflected if it may be a declined participle, in modern spelling, without elision.
 */
export function excerptKeys(word: string, morphology: Pick<Morphology, 'readings'>): Set<string> {
  const words = [word, word.toLowerCase()]
  const keys = new Set(words)
  // A declined participle is also asked about uninflected (umgrenzte → umgrenzt).
  for (const each of words) {
    const ending = DECLENSION.exec(each)
    if (ending) keys.add(each.slice(0, -ending[0].length))
  }
  for (const each of words) {
    for (const modern of modernSpellings(each, morphology)) keys.add(modern.form)
    for (const variant of elisionVariants(each)) keys.add(variant)
  }
  return keys
}

/** A Morphology over the whole index (its file) or an excerpt of it. */
export function morphologyOfTable(table: MorphTable): Morphology {
  const morphology: Morphology = {
    readings(form) {
      const rank = table.find(form)
      if (rank < 0) return []
      return table.packedAt(rank).map((reading) => {
        const { lexeme, features, separated } = unpackReading(reading, table.radix)
        return toReading(table.lexeme(lexeme), table.featureSet(features), separated)
      })
    },
  }
  return morphology
}

/** A lexicon that knows no form: for tests of the other sources alone. */
export const emptyMorphology: Morphology = {
  readings: () => [],
}
