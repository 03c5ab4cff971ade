import {
  analyseWord,
  posOfEntry,
  splitCompound,
  type Analysis as DingAnalysis,
} from '@/lib/dictionary/lemmatize'
import type { DictEntry, Dictionary } from '@/lib/dictionary/dictionary'
import { ADVERB_PARTICLES, SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import { analysesOf, type WordToken } from '@/lib/vocabulary/match'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { FormReading, Morphology } from '@/lib/morphology/morphology'
import { elisionVariants } from '@/lib/morphology/elision'
import { modernSpellings } from '@/lib/morphology/spelling'
import { baseVerbOf, isBare } from './draft'

/** Where a reading comes from; the order of this list breaks ties, first wins. */
export const SOURCE_ORDER = ['curated', 'morphology', 'dictionary', 'shape'] as const
export type ReadingSource = (typeof SOURCE_ORDER)[number]

/**
 * Scores of a reading before the sentence is read. A form listed by the curated vocabulary
 * or the morphological lexicon is as sure as a closed-class word; Ding's own scale (its
 * headwords 90, listed forms 86, rules and compounds lower) is kept for what only it knows.
 */
export const CURATED_FORM_SCORE = 102
export const CURATED_LEMMA_SCORE = 101
/** A curated form whose lemma has no entry of its own: known, but weaker than any headword. */
export const CURATED_BASE_SCORE = 50

/** The sources a text is analysed against: all of them on the server, an excerpt in the browser. */
export interface AnalysisSources {
  /** The curated vocabulary in English: entries, forms, phrases. */
  curated: Lexicon
  dictionary: Dictionary
  /** The full-form lexicon: every inflected form of its lemmas. */
  morphology: Morphology
}

/**
 * A form the morphological lexicon lists is as sure as a Ding headword, and surer than
 * Ding's inflection rules; an old spelling resolved to a modern form a little less.
 */
export const MORPHOLOGY_SCORE = 95
export const OLD_SPELLING_SCORE = 93
/**
 * A capitalised word no source knows is read as a name (Theodor, Gröhe, Osterholz-Scharmbeck):
 * the weakest reading, only given when there is no other.
 */
export const NAME_SCORE = 10

/** One way to read a word: a lemma and part of speech, and what each source says of it. */
export interface Reading {
  lemma: string
  pos: PartOfSpeech
  score: number
  sources: ReadingSource[]
  /** The curated form analyses ("3sg.pres"), when the curated lexicon lists the form. */
  morph: string[]
  /** Ding's entry for the lemma, when there is one. */
  entry?: DictEntry
  parts?: DingAnalysis['parts']
  /** A particle this form needs to mean the lemma (lud … ein → einladen). */
  particle?: string
  /** The modern spelling the word was read as (daß → dass), with what kind it is. */
  spelling?: { modern: string; kind: 'old' | 'swiss' }
  /**
   * A reading only a rule of the sentence may choose (a capitalised adjective before its
   * noun); without one it is left out, whatever the other readings lack.
   */
  needsContext?: true
  /**
   * A compound Ding lists with one bare gloss, often odd ("textile factory industry",
   * "pivit-industry"): its parts' gloss follows Ding's (see withCompoundParts).
   */
  barelyListed?: true
  /** The base verb of a particle or prefix verb Ding lists barely (see withBaseVerbSenses). */
  base?: DictEntry
}

// Participles as lemmas: ge…t, ge…en, an inseparable prefix with -t or -en, -iert, -end.
const PARTICIPLE_LEMMA =
  /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|emp|ent|er|ge|miss|ver|zer)\p{Ll}{2,}(?:t|en)|\p{Ll}{2,}iert|\p{Ll}{3,}end)$/u
const DECLENSION = /(?:e|en|em|er|es)$/u

export const isParticipleLemma = (lemma: string) => PARTICIPLE_LEMMA.test(lemma)

/**
 * The uninflected form a lowercase declined word may have: umgrenzte → umgrenzt. Whether it
 * is a participle the lexicon says (um- verbs take no ge-, so the shape cannot).
 */
function participleBase(word: string): string | undefined {
  const match = DECLENSION.exec(word)
  return match && /^\p{Ll}/u.test(word) ? word.slice(0, -match[0].length) : undefined
}

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1)

/** A word in capitals: a speaker in a play (FRITZ, STIMME DES DIENERS), a heading, an acronym. */
const inCapitals = (word: string) =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
/** How a word in capitals is written in running text: FRITZ → Fritz, STIMME → Stimme. */
const normalCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase()
/**
 * Acronyms (FDP, CDU, ADAC) are short and stay in capitals as their own name; a longer word
 * in capitals is a word or name set in capitals (THEODOR).
 */
const MAX_ACRONYM = 4

function morphologyReadings(word: WordToken, morphology: Morphology): Reading[] {
  const spellings = [word.text]
  // Sentence starts, and names or speakers in capitals (FRITZ), also read as lowercase words.
  if (word.sentenceStart || word.text === word.text.toUpperCase())
    spellings.push(lowerFirst(word.text), word.text.toLowerCase())
  if (inCapitals(word.text)) spellings.push(normalCase(word.text))
  const found = [...new Set(spellings)].flatMap((form) => morphology.readings(form))
  if (found.length === 0)
    for (const modern of modernSpellings(word.text, morphology).slice(0, 1))
      return morphology.readings(modern.form).map((reading) => ({
        ...fromForm(reading, OLD_SPELLING_SCORE),
        spelling: { modern: modern.form, kind: modern.kind },
      }))
  return found.map((reading) => fromForm(reading, MORPHOLOGY_SCORE))
}

function fromForm(reading: FormReading, score: number): Reading {
  return {
    lemma: reading.lemma,
    pos: reading.pos,
    score,
    sources: ['morphology'],
    morph: [...reading.morph],
    // A form standing without its particle (lud of einladen) is that verb only in a unit.
    ...(reading.separated && reading.particle ? { particle: reading.particle } : {}),
  }
}

const VERBAL = new Set(['1', '2', '3', 'pres', 'pret', 'subj1', 'subj2', 'imp', 'inf', 'zuinf'])
const NOMINAL = new Set(['nom', 'acc', 'dat', 'gen'])

/**
 * Whether a part of speech can have these form analyses: person and tense belong to verbs,
 * case to nouns, pronouns, articles and adjectives (seine is the possessive, not "to be").
 */
const verbal = (morph: readonly string[]) =>
  morph.some((code) => code.split('.').some((feature) => VERBAL.has(feature)))

function fitsMorph(pos: PartOfSpeech, morph: readonly string[]): boolean {
  if (morph.length === 0) return true
  const features = morph.flatMap((code) => code.split('.'))
  // Participles are the verb's forms and, declined, adjectives (die angestrebten Ziele).
  if (features.includes('pp') || features.includes('ppres')) return pos === 'verb' || pos === 'adj'
  if (verbal(morph)) return pos === 'verb'
  if (features.some((feature) => NOMINAL.has(feature))) return pos !== 'verb'
  return true
}

function curatedReadings(word: WordToken, curated: Lexicon): Reading[] {
  const readings: Reading[] = []
  for (const analysis of analysesOf(word.text, word.sentenceStart, curated)) {
    const keys = curated.keysByLemma.get(analysis.lemma) ?? []
    const listed = analysis.morph.length > 0 || curated.forms.has(word.text)
    // One reading per part of speech among the lemma's senses (der: article and pronoun).
    // A form of a verb the vocabulary has only as part of a separable verb (stellt → stellen,
    // for sich herausstellen): a reading with no entry, for the separable pass to build on.
    if (keys.length === 0 && verbal(analysis.morph))
      readings.push({
        lemma: analysis.lemma,
        pos: 'verb',
        score: CURATED_BASE_SCORE,
        sources: ['curated'],
        morph: analysis.morph,
      })
    const kinds = new Set(keys.map((key) => curated.entries.get(key)!.pos))
    for (const pos of [...kinds].filter((kind) => fitsMorph(kind, analysis.morph)))
      readings.push({
        lemma: analysis.lemma,
        pos,
        score: listed ? CURATED_FORM_SCORE : CURATED_LEMMA_SCORE,
        sources: ['curated'],
        morph: analysis.morph,
      })
  }
  return readings
}

function dictionaryReadings(word: WordToken, dictionary: Dictionary): Reading[] {
  const analyses = analyseWord(word.text, word.sentenceStart, dictionary)
  // STIMME reads as Stimme or stimme, as at a sentence start.
  if (inCapitals(word.text)) analyses.push(...analyseWord(normalCase(word.text), true, dictionary))
  return analyses
    .filter((analysis) => analysis.source !== 'unknown')
    .map((analysis) => ({
      lemma: analysis.lemma,
      pos: analysis.pos,
      score: analysis.score,
      sources: ['dictionary'],
      morph: [],
      ...(analysis.entry ? { entry: analysis.entry } : {}),
      ...(analysis.parts ? { parts: analysis.parts } : {}),
    }))
}

/** Readings of the same lemma and part of speech from several sources become one. */
export function mergeReadings(readings: readonly Reading[]): Reading[] {
  const merged = new Map<string, Reading>()
  for (const reading of readings) {
    const id = `${reading.lemma}\t${reading.pos}\t${reading.particle ?? ''}`
    const known = merged.get(id)
    if (!known) {
      merged.set(id, { ...reading, sources: [...reading.sources] })
      continue
    }
    known.score = Math.max(known.score, reading.score)
    // The curated lexicon's analyses of its own forms stand (Haus is the lemma, not nom.sg).
    if (!known.sources.includes('curated') && !known.morph.length) known.morph = reading.morph
    for (const source of reading.sources)
      if (!known.sources.includes(source)) known.sources.push(source)
    known.entry ??= reading.entry
    known.parts ??= reading.parts
  }
  return [...merged.values()]
}

// A name: capitalised letters, perhaps hyphenated parts (Kappert-Gonther), perhaps a genitive.
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*$/u

/** A capitalised word no source knows, read as a name; in capitals, written as in text. */
function nameReading(word: WordToken): Reading[] {
  const text = word.text
  if (!NAME_SHAPE.test(text)) return []
  const lemma = inCapitals(text) && text.length > MAX_ACRONYM ? normalCase(text) : text
  return [{ lemma, pos: 'propn', score: NAME_SCORE, sources: ['shape'], morph: [] }]
}

/**
 * What a verb reading that is only a present participle loses beside an adjective or adverb
 * of the same form: German makes no tense with it, so dringend, annähernd, zunehmend are
 * adjectives or adverbs, the verb's only by derivation. More than AMBIGUITY_MARGIN, so the
 * popup offers no "or" for the verb.
 */
export const PRESENT_PARTICIPLE_PENALTY = 10

function demotePresentParticiples(readings: Reading[]) {
  const modifier = readings.some((reading) => reading.pos === 'adj' || reading.pos === 'adv')
  if (!modifier) return
  for (const reading of readings)
    // The curated vocabulary lists its forms on purpose (lächelnd under lächeln).
    if (
      reading.pos === 'verb' &&
      !reading.sources.includes('curated') &&
      reading.morph.length > 0 &&
      reading.morph.every(isPresentParticiple)
    )
      reading.score -= PRESENT_PARTICIPLE_PENALTY
}
const isPresentParticiple = (code: string) => code.split('.')[0] === 'ppres'

/** A declined participle's score: below the forms the lexicon lists as they stand. */
export const DECLINED_PARTICIPLE_SCORE = 94

/**
 * A weak verb's declined participle looks like its past tense (die eng umgrenzte Region,
 * er umgrenzte): where the lexicon lists only the verb, the participle is read too, as an
 * adjective, for the sentence to choose (see participles.ts).
 */
function declinedParticiples(word: WordToken, morphology: Morphology): Reading[] {
  const base = participleBase(word.text)
  if (!base || morphology.readings(word.text).some((reading) => reading.pos === 'adj')) return []
  const past = morphology
    .readings(base)
    .some((reading) => reading.pos === 'verb' && reading.morph.includes('pp'))
  return past
    ? [
        {
          lemma: base,
          pos: 'adj',
          score: DECLINED_PARTICIPLE_SCORE,
          sources: ['morphology'],
          morph: ['pp.decl'],
        },
      ]
    : []
}

/**
 * A participle read as an adjective (benutzt, steigend) that Ding lacks as one is glossed by
 * its verb's entry, as a participle (see englishParticiple.ts).
 */
function withVerbEntry(reading: Reading, { dictionary, morphology }: AnalysisSources): Reading {
  // Only declined: an uninflected participle is first of all the verb's (hat … vorgelegt).
  const declined = reading.morph.some((code) => code.includes('decl'))
  if (reading.pos !== 'adj' || reading.entry || !declined) return reading
  if (dictionaryEntryOf(reading.lemma, 'adj', dictionary)) return reading
  const verb = morphology
    .readings(reading.lemma)
    .find((form) => form.pos === 'verb' && form.morph.some((code) => /^pp(?:res)?$/u.test(code)))
  const entry = verb && dictionaryEntryOf(verb.lemma, 'verb', dictionary)
  return entry ? { ...reading, entry } : reading
}

/**
 * A noun the lexicon knows and Ding does not (Biotonne) is glossed as a compound of words
 * Ding has: its parts, and its head's entry under its own lemma. One Ding lists barely (see
 * isBare) keeps its entry and gets its parts too.
 */
function withCompoundParts(reading: Reading, dictionary: Dictionary): Reading {
  if (reading.pos !== 'noun' || reading.parts || reading.sources.includes('curated')) return reading
  const own = reading.entry ?? dictionaryEntryOf(reading.lemma, 'noun', dictionary)
  if (own && own.lemma === reading.lemma && isBare(own)) {
    const parts = splitCompound(reading.lemma, dictionary)
    return parts && parts.length > 1 && parts.every((part) => part.entry)
      ? { ...reading, entry: own, parts, barelyListed: true }
      : reading
  }
  if (reading.entry || dictionary.entries(reading.lemma).length) return reading
  const parts = splitCompound(reading.lemma, dictionary)
  const head = parts?.[parts.length - 1]?.entry
  return parts && head ? { ...reading, parts, entry: { ...head, lemma: reading.lemma } } : reading
}

/**
 * A particle verb the lexicon knows and Ding does not (hinschleppen, herschleppen) is glossed
 * by its base verb's entry, as a split verb with a productive particle is (see closedClass).
 */
function withBaseVerbEntry(reading: Reading, dictionary: Dictionary): Reading {
  // A separated form (schleppte … hin) waits for its particle; its verb is read in its unit.
  if (reading.pos !== 'verb' || reading.particle !== undefined) return reading
  if (reading.sources.includes('curated')) return reading
  const own = reading.entry ?? dictionaryEntryOf(reading.lemma, 'verb', dictionary)
  if (own?.lemma === reading.lemma && isBare(own)) {
    const base = baseVerbOf(reading.lemma, dictionary)
    return base ? { ...reading, base } : reading
  }
  if (reading.entry || dictionary.entries(reading.lemma).length) return reading
  for (const particle of VERB_PARTICLES) {
    const base = reading.lemma.slice(particle.length)
    if (!reading.lemma.startsWith(particle) || base.length < MIN_BASE_VERB) continue
    const entry = dictionaryEntryOf(base, 'verb', dictionary)
    if (entry) return { ...reading, entry }
  }
  return reading
}

/**
 * What a noun reading gains in a word set in capitals (STIMME DES DIENERS, a speaker in a
 * play; WARNUNG, a heading): capitals hide whether the word is a noun, and such words are
 * names and nouns far more often than verbs (stimme). Below AMBIGUITY_MARGIN: the popup
 * still offers the verb as "or".
 */
export const CAPITALS_NOUN_BONUS = 2

function preferNounsInCapitals(word: WordToken, readings: Reading[]) {
  if (!inCapitals(word.text) || word.text.length <= MAX_ACRONYM) return
  for (const reading of readings)
    if (reading.pos === 'noun' && reading.lemma === normalCase(reading.lemma))
      reading.score += CAPITALS_NOUN_BONUS
}

/** Every reading of a word the sources give, before the sentence is read. */
export function readingsOfWord(
  word: WordToken,
  sources: AnalysisSources,
  respell = true,
): Reading[] {
  const readings: Reading[] = mergeReadings([
    ...curatedReadings(word, sources.curated),
    ...morphologyReadings(word, sources.morphology),
    ...dictionaryReadings(word, sources.dictionary),
    ...declinedParticiples(word, sources.morphology),
  ])
    .map((reading) => withCompoundParts(reading, sources.dictionary))
    .map((reading) => withBaseVerbEntry(reading, sources.dictionary))
    .map((reading) => withVerbEntry(reading, sources))
  demotePresentParticiples(readings)
  preferNounsInCapitals(word, readings)
  if (readings.length === 0 && respell) readings.push(...nominalised(word, sources))
  if (readings.length === 0 && respell) {
    const respelled = respelledReadings(word, sources)
    if (respelled.length > 0) return [...respelled, ...capitalisedAdjectives(word, sources)]
    readings.push(...unlistedParticleVerbs(word, sources.dictionary))
  }
  // An acronym (FDP) the lexicon knows as a noun may have no gloss anywhere: it is a name too.
  const acronym = inCapitals(word.text) && word.text.length <= MAX_ACRONYM
  const named = readings.length > 0 && !acronym ? readings : [...readings, ...nameReading(word)]
  return respell ? [...named, ...capitalisedAdjectives(word, sources)] : named
}

/**
 * A capitalised adjective inside a sentence, as names and titles write them (die Deutsche
 * Gesellschaft, die Industrielle Revolution, die Gelbe Tonne): below every noun and
 * nominalised reading, so only a noun after it (roles.ts) makes it the adjective.
 */
export const CAPITALISED_ADJECTIVE_SCORE = 78

/** A declined adjective's form: its lemma and one of the endings. */
const isDeclinedForm = (form: string, lemma: string) => {
  if (form === lemma || !form.startsWith(lemma)) return false
  const ending = form.slice(lemma.length)
  // leise → leisen: the lemma's own -e begins the ending.
  return DECLINED_ENDING.test(ending) || (lemma.endsWith('e') && DECLINED_ENDING.test(`e${ending}`))
}
const DECLINED_ENDING = /^(?:e|en|em|er|es)$/u

/**
 * The declined adjective a capitalised word inside a sentence may be (Deutschen → deutsch,
 * Bremischen → bremisch), read as the word in lowercase. A sentence start reads the
 * lowercase word already; a word in capitals is a heading or a speaker.
 */
function capitalisedAdjectives(word: WordToken, sources: AnalysisSources): Reading[] {
  if (word.sentenceStart || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return []
  const lower = word.text.toLowerCase()
  if (!DECLENSION.test(lower)) return []
  return readingsOfWord({ ...word, text: lower, sentenceStart: false }, sources, false)
    .filter(
      (reading) =>
        reading.pos === 'adj' &&
        (reading.morph.some((code) => code.includes('decl')) ||
          isDeclinedForm(lower, reading.lemma)),
    )
    .slice(0, 1)
    .map((reading) => ({ ...reading, score: CAPITALISED_ADJECTIVE_SCORE, needsContext: true }))
}

/** A nominalised adjective: a little below the words the sources list as nouns. */
export const NOMINALISED_SCORE = 80

/**
 * A capitalised word no source knows that is a declined adjective or participle written as a
 * noun (etwas Wohlschmeckendes, mit Gelesenem, im Innern): the noun in -e (Wohlschmeckende,
 * Gelesene, Innere), glossed by its adjective or participle.
 */
function nominalised(word: WordToken, sources: AnalysisSources): Reading[] {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text)) return []
  const lower = word.text.toLowerCase()
  if (lower === word.text) return []
  const adjectives = readingsOfWord(
    { ...word, text: lower, sentenceStart: false },
    sources,
    false,
  ).filter(
    (reading) =>
      reading.pos === 'adj' &&
      // The lexicon's declined forms, or Ding's adjective with a declension ending on it.
      (reading.morph.some((code) => code.includes('decl')) || isDeclinedForm(lower, reading.lemma)),
  )
  return adjectives.slice(0, 1).map((adjective) => {
    const stem = adjective.lemma.charAt(0).toUpperCase() + adjective.lemma.slice(1)
    const lemma = stem.endsWith('e') ? stem : `${stem}e`
    const entry = adjective.entry ?? dictionaryEntryOf(adjective.lemma, 'adj', sources.dictionary)
    return {
      lemma,
      pos: 'noun' as const,
      score: NOMINALISED_SCORE,
      sources: adjective.sources,
      morph: [],
      ...(entry ? { entry: { ...entry, lemma } } : {}),
    }
  })
}

/**
 * A word no source knows as written, read as its modern spelling where only Ding knows that
 * (Loth → Lot), or as the word a spoken form stands for (Käs, wenns, dran; elision.ts), a
 * little below the words read as written.
 */
function respelledReadings(word: WordToken, sources: AnalysisSources): Reading[] {
  const { morphology, dictionary } = sources
  const known = (form: string) =>
    morphology.readings(form).length > 0 ||
    dictionary.entries(form).length > 0 ||
    dictionary.lemmasOfForm(form).length > 0
  const forms = word.sentenceStart ? [word.text, lowerFirst(word.text)] : [word.text]
  for (const form of forms) {
    const candidates = [
      ...modernSpellings(form, { readings: (f) => (known(f) ? [{} as FormReading] : []) })
        .slice(0, 1)
        .map((modern) => ({
          text: modern.form,
          spelling: { modern: modern.form, kind: modern.kind },
        })),
      ...elisionVariants(form).map((text) => ({ text, spelling: undefined })),
    ]
    for (const candidate of candidates) {
      const found = readingsOfWord({ ...word, text: candidate.text }, sources, false)
      if (found.length === 0 || found.every(isNameByShape)) continue
      return found.map((reading) => ({
        ...reading,
        score: Math.min(reading.score, OLD_SPELLING_SCORE),
        ...(candidate.spelling ? { spelling: candidate.spelling } : {}),
      }))
    }
  }
  return capitalisedAdverbs(word, sources)
}

/**
 * An adverb made from a noun's genitive, capitalised as the noun (des Nachts, Anfangs,
 * Rechts): inside a sentence, a capitalised word no source knows whose lowercase form is an
 * adverb is that adverb, not a name.
 */
function capitalisedAdverbs(word: WordToken, sources: AnalysisSources): Reading[] {
  if (word.sentenceStart || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return []
  return readingsOfWord({ ...word, text: lowerFirst(word.text) }, sources, false)
    .filter((reading) => reading.pos === 'adv')
    .map((reading) => ({ ...reading, score: Math.min(reading.score, OLD_SPELLING_SCORE) }))
}

/** A reading of a name by its shape alone: the name is its own gloss. */
export const isNameByShape = (reading: Reading) => reading.sources.includes('shape')

/** Readings that stand alone; a separated form's particle verb waits for its particle. */
export const standsAlone = (reading: Reading) => reading.particle === undefined

/** The Ding entry of a lemma with this part of speech, if Ding has one. */
export function dictionaryEntryOf(
  lemma: string,
  pos: PartOfSpeech,
  dictionary: Dictionary,
): DictEntry | undefined {
  return dictionary.entries(lemma).find((entry) => posOfEntry(entry) === pos)
}

/**
 * A particle verb no source lists (hinschicken, wiederverwerten, herzutappen): a weak reading,
 * given only to a word with no other, as the reader is better served by the base verb's
 * gloss than by none.
 */
export const UNLISTED_PARTICLE_VERB_SCORE = 60

/** Particles a verb is written together with, longest first (heraus before her). */
const VERB_PARTICLES = [...SEPARABLE_PARTICLES, ...ADVERB_PARTICLES].sort(
  (a, b) => b.length - a.length,
)
/** A base verb shorter than this is no verb a particle joins (ein-en, an-er). */
const MIN_BASE_VERB = 4
const ZU_INFINITIVE = 'zu'

/**
 * A lowercase word no source knows that is a separable particle written before a verb Ding
 * has, perhaps with the zu of an infinitive between them (her-zu-tappen): that particle verb,
 * glossed by its base verb's entry (hinschicken, "to send"; übrigbleibt → bleiben's "remain").
 */
function unlistedParticleVerbs(word: WordToken, dictionary: Dictionary): Reading[] {
  const text = word.sentenceStart ? lowerFirst(word.text) : word.text
  if (!/^\p{Ll}+$/u.test(text)) return []
  for (const particle of VERB_PARTICLES) {
    if (!text.startsWith(particle)) continue
    const rest = text.slice(particle.length)
    const bases = [
      { base: rest, morph: [] as string[] },
      ...(rest.startsWith(ZU_INFINITIVE)
        ? [{ base: rest.slice(ZU_INFINITIVE.length), morph: ['zuinf'] }]
        : []),
    ]
    for (const { base, morph } of bases) {
      if (base.length < MIN_BASE_VERB) continue
      const verb = analyseWord(base, false, dictionary).find(
        (analysis) => analysis.pos === 'verb' && analysis.entry,
      )
      if (verb)
        return [
          {
            lemma: particle + verb.lemma,
            pos: 'verb',
            score: UNLISTED_PARTICLE_VERB_SCORE,
            sources: ['dictionary'],
            morph,
            entry: verb.entry!,
          },
        ]
    }
  }
  return []
}
