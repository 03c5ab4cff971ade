import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'

/** The committed full-form index, relative to the repository root. */
export const MORPHOLOGY_FILE = 'data/morphology/de-forms.shards'
/**
 * The build fails above this many gzip bytes. The index measures about 3.5 MB; the cap leaves
 * room for growth in the sources without letting a mistake (a form explosion) slip through.
 */
export const MORPHOLOGY_SIZE_CAP = 6 * 1024 * 1024

/**
 * One word of the lexicon: lemma, part of speech, gender ('' unless a noun; a noun with two
 * genders is two lexemes) and, for a separable verb, its particle ('' otherwise).
 */
export type Lexeme = [lemma: string, pos: PartOfSpeech, gender: Gender | '', particle: string]

/**
 * The index and every excerpt of it. Compact: lexemes and feature sets are stored once, and a
 * form's readings are integers that point into them (see packReading).
 */
export interface MorphIndex {
  source: string
  licence: string
  /** Sorted by lemma, then part of speech, gender and particle. */
  lexemes: Lexeme[]
  /**
   * The morph codes a form has as one lexeme, space-separated and sorted: "acc.pl gen.pl
   * nom.pl". Codes are dot-joined features of lib/vocabulary/morph.ts ("3.sg.pret", "zuinf");
   * "" for an uninflected word.
   */
  features: string[]
  /** Full form (case as written) → its readings, packed, ascending. */
  forms: Record<string, number[]>
  /** The feature radix the readings are packed with, when not FEATURE_RADIX. */
  radix?: number
}

/**
 * The lookup route's part of the index (see lookupAnswers): the forms a request's words need
 * and the lexemes and feature sets their readings name, numbered as they came in the answer.
 */
export interface MorphExcerpt extends Pick<
  MorphIndex,
  'source' | 'licence' | 'lexemes' | 'features'
> {
  /** Full form → its readings in the index's order, two numbers each: lexeme × 2 + separated, feature set. */
  forms: Record<string, number[]>
}

/** An excerpt as an index (its readings packed), which morphologyOf reads. */
export function excerptIndex({ forms, ...rest }: MorphExcerpt): MorphIndex {
  const radix = Math.max(rest.features.length, 1)
  const packed: MorphIndex['forms'] = {}
  for (const [form, pairs] of Object.entries(forms)) {
    const readings: number[] = []
    for (let i = 0; i < pairs.length; i += 2)
      readings.push(
        packReading(
          { lexeme: pairs[i]! >> 1, features: pairs[i + 1]!, separated: (pairs[i]! & 1) === 1 },
          radix,
        ),
      )
    packed[form] = readings
  }
  return { ...rest, forms: packed, radix }
}

/** A reading before packing: which lexeme, which feature set, and whether the form is separated. */
export interface PackedParts {
  lexeme: number
  features: number
  /** A finite form of a separable verb standing without its particle ("lud" of einladen). */
  separated: boolean
}

/** Feature sets per lexeme in the packing; the build checks the table stays below it. */
export const FEATURE_RADIX = 4096

/** One integer per reading: (lexeme × radix + feature set) × 2 + separated. */
export function packReading(
  { lexeme, features, separated }: PackedParts,
  radix = FEATURE_RADIX,
): number {
  return (lexeme * radix + features) * 2 + (separated ? 1 : 0)
}

export function unpackReading(packed: number, radix = FEATURE_RADIX): PackedParts {
  const separated = packed % 2 === 1
  const rest = (packed - (separated ? 1 : 0)) / 2
  return {
    lexeme: Math.floor(rest / radix),
    features: rest % radix,
    separated,
  }
}

/**
 * An index (whole, from its file, or an excerpt) as the lexicon reads it: a form's packed
 * readings by its rank among the index's forms (sorted), lexemes and feature sets by number.
 */
export interface MorphTable {
  source: string
  licence: string
  radix: number
  /** The rank of a form spelt exactly so, or -1 if the index lacks it. */
  find(form: string): number
  /** The packed readings of the form of this rank, ascending. */
  packedAt(rank: number): readonly number[]
  lexeme(id: number): Lexeme
  featureSet(id: number): string
}

/** A MorphTable over an index held whole in memory (an excerpt, or an index being built). */
export function morphTableOf(index: MorphIndex): MorphTable {
  let ranks: Map<string, number> | undefined
  let packed: number[][] | undefined
  return {
    source: index.source,
    licence: index.licence,
    radix: index.radix ?? FEATURE_RADIX,
    find(form) {
      if (!Object.hasOwn(index.forms, form)) return -1
      ranks ??= new Map(Object.keys(index.forms).map((key, rank) => [key, rank]))
      return ranks.get(form)!
    },
    packedAt: (rank) => (packed ??= Object.values(index.forms))[rank]!,
    lexeme: (id) => index.lexemes[id]!,
    featureSet: (id) => index.features[id]!,
  }
}
