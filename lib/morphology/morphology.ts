import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'
import {
  morphTableOf,
  packReading,
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
  /**
   * The part of the index that answers `readings` for these forms (a text's words), for their
   * lowercased variants and for their modern spellings: plain JSON, to send to the browser and
   * wrap again with morphologyOf, which answers those forms as the whole index does, except
   * for separated readings whose particle is none of the forms: a text without "ein" cannot
   * read its "lud" as einladen.
   */
  excerpt(forms: Iterable<string>): MorphIndex
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
 * The forms whose readings `excerpt` sends for a word: the word as written and lowercased,
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
    excerpt(forms) {
      const words = new Set<string>()
      const keys = new Set<string>()
      for (const form of forms) {
        words.add(form).add(form.toLowerCase())
        for (const key of excerptKeys(form, morphology)) keys.add(key)
      }
      return excerptOf(table, keys, words)
    },
  }
  return morphology
}

/**
 * The forms `keys` that the index knows, with only the lexemes and feature sets they use;
 * a separated reading only if its particle is one of `words`.
 */
function excerptOf(
  table: MorphTable,
  keys: Iterable<string>,
  words: ReadonlySet<string>,
): MorphIndex {
  const kept = new Map<string, number[]>()
  for (const key of [...keys].sort()) {
    const rank = table.find(key)
    if (rank < 0) continue
    const readings = table.packedAt(rank).filter((reading) => {
      const { lexeme, separated } = unpackReading(reading, table.radix)
      return !separated || words.has(table.lexeme(lexeme)[3])
    })
    if (readings.length > 0) kept.set(key, readings)
  }
  const lexemes = new Set<number>()
  const features = new Set<number>()
  for (const readings of kept.values()) {
    for (const reading of readings) {
      const parts = unpackReading(reading, table.radix)
      lexemes.add(parts.lexeme)
      features.add(parts.features)
    }
  }
  // Renumbered in the index's own order, so an excerpt is sorted as the index is.
  const lexemeOrder = [...lexemes].sort((a, b) => a - b)
  const featureOrder = [...features].sort((a, b) => a - b)
  const newLexeme = new Map(lexemeOrder.map((old, i) => [old, i]))
  const newFeatures = new Map(featureOrder.map((old, i) => [old, i]))
  const excerptForms: Record<string, number[]> = {}
  const radix = Math.max(featureOrder.length, 1)
  for (const [key, readings] of kept) {
    excerptForms[key] = readings
      .map((reading) => {
        const parts = unpackReading(reading, table.radix)
        return packReading(
          {
            lexeme: newLexeme.get(parts.lexeme)!,
            features: newFeatures.get(parts.features)!,
            separated: parts.separated,
          },
          radix,
        )
      })
      .sort((a, b) => a - b)
  }
  return {
    source: table.source,
    licence: table.licence,
    lexemes: lexemeOrder.map((i) => table.lexeme(i)),
    features: featureOrder.map((i) => table.featureSet(i)),
    forms: excerptForms,
    radix,
  }
}

/** A lexicon that knows no form: for tests of the other sources alone. */
export const emptyMorphology: Morphology = {
  readings: () => [],
  excerpt: () => ({ source: '', licence: '', lexemes: [], features: [], forms: {}, radix: 1 }),
}
