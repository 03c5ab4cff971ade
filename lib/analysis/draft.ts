import type { DictEntry, Dictionary } from '@/lib/dictionary/dictionary'
import { compoundGloss, joinedGloss } from '@/lib/dictionary/compoundGloss'
import { participleAdjectiveGloss } from '@/lib/dictionary/englishParticiple'
import { pronominalSenses } from '@/lib/dictionary/pronominalAdverbs'
import { firstGloss, popupGloss, readSense, shownSenses } from '@/lib/dictionary/senses'
import { withoutLabels } from '@/lib/dictionary/labels'
import {
  ADVERB_PARTICLES,
  INSEPARABLE_PREFIXES,
  SEPARABLE_PARTICLES,
} from '@/lib/dictionary/closedClass'
import { isCognate } from '@/lib/dictionary/rankSenses'
import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import type { Entry } from '@/lib/vocabulary/schema'

/**
 * Entries drafted from Ding have the sense id `#ding-<pos>` (Honig#ding-noun): the lemma
 * stays the key's lemma, so a word's status is shared with its curated entry, and the popup
 * marks the gloss as the dictionary's.
 */
const DICTIONARY_SENSE = '#ding-'

export const dictionaryKey = (lemma: string, pos: string) => `${lemma}${DICTIONARY_SENSE}${pos}`

export const isDictionaryKey = (key: string) => key.includes(DICTIONARY_SENSE)

/** A name read by its shape (see readings.ts) has the key `Theodor#name`. */
export const nameKey = (lemma: string) => `${lemma}#name`

/** A name no source knows is not translated: the popup shows the name as its own gloss. */
export const nameEntry = (lemma: string): Entry => ({ pos: 'propn', gloss: lemma }) as Entry

/** A participle used as an adjective, glossed from its verb: zerbrochen → "broken". */
function participleGlossOf(reading: DraftReading, entry: DictEntry): string | undefined {
  // As an adjective (die zerbrochene Tasse) or as a noun (mit Gelesenem).
  if (reading.pos === 'verb' || entry.pos !== 'verb') return undefined
  const kind = reading.lemma.endsWith('end') ? 'present' : 'past'
  // From the senses the popup would show, which are all a text's lookups send.
  return participleAdjectiveGloss(shownSenses(entry.senses), kind)
}

/** Parts of speech one German word is both, uninflected: an adjective is also its adverb. */
const OTHER_USE: Partial<Record<PartOfSpeech, PartOfSpeech>> = { adj: 'adv', adv: 'adj' }

/**
 * An adjective's entry with its adverb's first sense second, and the other way round: German
 * uses one word for both (endlich, "finite" and "finally"; lieblich, "lovely" and
 * "mellifluously"), Ding lists them apart, and which one a sentence means is the part of
 * speech the sentence decides least surely. The reader sees both.
 */
export function withOtherUse(
  entry: DictEntry,
  reading: Pick<DraftReading, 'lemma' | 'pos'>,
  dictionary: Dictionary,
): DictEntry {
  const other = OTHER_USE[reading.pos]
  const sibling = other && dictionary.entries(reading.lemma).find((e) => e.pos === other)
  const added = sibling?.senses[0]
  if (!added || entry.senses.length === 0) return entry
  const [first, ...rest] = entry.senses
  return { ...entry, senses: [first!, added, ...rest] }
}

/** An English adverb's adjective: efficiently → efficient, happily → happy, ably → able. */
const ADVERB_ENDINGS: readonly [RegExp, string][] = [
  [/ily$/u, 'y'],
  [/([bp])ly$/u, '$1le'],
  [/ly$/u, ''],
]

const adjectiveOfAdverb = (gloss: string) => {
  const ending = ADVERB_ENDINGS.find(([pattern]) => pattern.test(gloss))
  return ending ? gloss.replace(ending[0], ending[1]) : undefined
}

/**
 * An adjective's cognate that Ding gives only to its adverb (effizient: the adjective
 * "lean", the adverb "efficiently"): the English adjective of that adverb goes first, as a
 * sense's cognate does (see isCognate).
 */
export function withCognateOfAdverb(
  entry: DictEntry,
  reading: Pick<DraftReading, 'lemma' | 'pos'>,
  dictionary: Dictionary,
): DictEntry {
  if (reading.pos !== 'adj' || entry.pos !== 'adj') return entry
  const glossesOf = (senses: readonly string[]) =>
    senses.flatMap((sense) => readSense(sense).glosses.map(withoutLabels))
  if (glossesOf(entry.senses).some((gloss) => isCognate(reading.lemma, gloss))) return entry
  const adverb = dictionary.entries(reading.lemma).find((other) => other.pos === 'adv')
  const cognate = glossesOf(adverb?.senses ?? [])
    .map((gloss) => adjectiveOfAdverb(gloss.trim()))
    .find((gloss) => gloss !== undefined && isCognate(reading.lemma, gloss))
  return cognate ? { ...entry, senses: [cognate, ...entry.senses] } : entry
}

/** Particles and prefixes a verb Ding lists barely is read apart from (herum-suchen, be-füllen). */
const VERB_PREFIXES = [...SEPARABLE_PARTICLES, ...ADVERB_PARTICLES, ...INSEPARABLE_PREFIXES].sort(
  (a, b) => b.length - a.length,
)
/** A base verb shorter than this is no verb a prefix joins (ein-en, an-er). */
const MIN_BASE_VERB = 4

/**
 * An entry whose popup shows one sense with one gloss: a line of Ding's that names the word
 * once. Judged on the senses the popup shows, which are all a text's lookups send.
 */
export function isBare(entry: DictEntry): boolean {
  const shown = shownSenses(entry.senses)
  return shown.length === 1 && readSense(shown[0]!).glosses.length === 1
}

/** The base verb of a particle or prefix verb, where Ding has it (herumsuchen → suchen). */
export function baseVerbOf(lemma: string, dictionary: Dictionary): DictEntry | undefined {
  for (const prefix of VERB_PREFIXES) {
    const base = lemma.slice(prefix.length)
    if (!lemma.startsWith(prefix) || base.length < MIN_BASE_VERB) continue
    const verb = dictionary.entries(base).find((other) => other.pos === 'verb')
    if (verb) return verb
  }
  return undefined
}

/**
 * A particle or prefix verb Ding lists with one bare gloss, often a narrow one (herumsuchen
 * "to scrabble", befüllen "to populate sth." [comp.]): its base verb's first gloss follows
 * ("to scrabble; to search"), which every lookup of the base sends, curated or not.
 */
export function withBaseVerbSenses(entry: DictEntry, base: DictEntry | undefined): DictEntry {
  if (entry.pos !== 'verb' || !isBare(entry) || !base?.senses[0]) return entry
  return { ...entry, senses: [...entry.senses, firstGloss(base.senses[0])] }
}

export interface DraftReading {
  lemma: string
  pos: PartOfSpeech
  parts?: { text: string; entry?: DictEntry }[]
  /** Ding lists the compound, with one bare gloss: its parts' gloss follows (see readings.ts). */
  barelyListed?: true
}

/** A compound Ding lists barely: Ding's gloss, then its parts' ("pivit-industry; key industry"). */
function listedCompoundGloss(reading: DraftReading, entry: DictEntry): string | undefined {
  const joined = reading.parts && joinedGloss(reading.parts)
  return joined ? popupGloss([...entry.senses, joined]) : undefined
}

/** Parts of speech a pronominal adverb is read as (darüber; wobei opening a clause). */
const PRONOMINAL_POS: readonly PartOfSpeech[] = ['adv', 'conj']

/** A hyphenated word negated by nicht- (nicht-menschlich, Nicht-Mitglied). */
const NEGATED = /^nicht-/iu

/** A sense of the word after nicht-, negated as English does it: human → non-human. */
function negatedSense(sense: string): string {
  const { labels, glosses } = readSense(sense)
  const negated = glosses.map((gloss) => `non-${gloss.replace(/^to\s+/u, '')}`).join('; ')
  return [...labels.map((label) => `[${label}]`), negated].join(' ')
}

/**
 * The senses a drafted entry shows: a pronominal adverb's from its preposition first, then
 * Ding's (see pronominalSenses); a word negated by nicht- its last part's, negated (it is read
 * by its last part, as any hyphenated word).
 */
function sensesOf(reading: DraftReading, entry: DictEntry): readonly string[] {
  if (PRONOMINAL_POS.includes(reading.pos))
    return [...pronominalSenses(reading.lemma), ...entry.senses]
  // Ding's own entry for the negated word (nicht-öffentlich) is negated already.
  if (NEGATED.test(reading.lemma) && !NEGATED.test(entry.lemma))
    return entry.senses.map(negatedSense)
  return entry.senses
}

/** An entry for the popup from a Ding reading: its first senses, its gender and parts. */
export function entryFromDictionary(reading: DraftReading, entry: DictEntry): Entry {
  // A compound Ding lacks is glossed from its parts, not by its head alone.
  const draft: Entry = {
    pos: reading.pos,
    gloss:
      (reading.barelyListed
        ? listedCompoundGloss(reading, entry)
        : reading.parts && compoundGloss(reading.parts)) ??
      participleGlossOf(reading, entry) ??
      popupGloss(sensesOf(reading, entry)),
  } as Entry
  if (reading.pos === 'noun' && entry.gender) {
    draft.gender = entry.gender
    if (entry.plural) draft.plural = `die ${entry.plural}`
  }
  if (reading.parts?.every((part) => part.entry))
    draft.compound = reading.parts.map((part) => ({
      part: part.text,
      gloss: firstGloss(part.entry!.senses[0]!),
    }))
  return draft
}
