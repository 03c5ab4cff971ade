import type { Span } from '@/lib/content/types'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import {
  fitsPattern,
  splitBlock,
  type BlockPart,
  type MatchedText,
  type Unit,
  type WordToken,
} from '@/lib/vocabulary/match'
import type { AnnotationsFile } from '@/lib/vocabulary/schema'
import { applyAnnotations } from './annotations'
import {
  baseVerbOf,
  dictionaryKey,
  isBare,
  entryFromDictionary,
  nameEntry,
  nameKey,
  withBaseVerbSenses,
  withCognateOfAdverb,
  withOtherUse,
} from './draft'
import {
  dictionaryEntryOf,
  isNameByShape,
  readingsOfWord,
  standsAlone,
  SOURCE_ORDER,
  type AnalysisSources,
  type Reading,
} from './readings'
import { roleOf, sentenceEnds, textSignals, type Role } from './roles'
import { readParticiples } from './participles'
import { slotsOf, type Slot } from './sentence'
import { splitVerbsOf } from './separable'
import { MISSING_SUBJECT_PENALTY, needsAbsentSubject } from './verbs'
import { senseKeyOf } from './senses'
import { orderSenses, senseFittingTranslation } from '@/lib/dictionary/senseInContext'

/** What the sentence adds to a reading that fits it: enough to outweigh any source. */
export const CONTEXT_FIT = 20
/** A split separable verb the sources know is that verb, whatever else its parts may be. */
export const SEPARABLE_SCORE = 150
/** Marks the key of a dictionary entry whose senses a translation reordered: `Gericht#ding-noun@2`. */
const IN_TEXT = '@'
/** Marks the key of an adjective read with its declined form's own headword: `wenig#ding-adj=wenige`. */
const DECLINED_MARK = '='

/**
 * A declined adjective Ding has as a headword of its own (wenige, "few", beside wenig,
 * "little"): that headword's senses come first, as they say what the form means.
 */
function declinedHeadword(
  reading: Reading,
  form: string | undefined,
  dictionary: AnalysisSources['dictionary'],
) {
  if (reading.pos !== 'adj' || !form) return undefined
  const lower = form.toLowerCase()
  if (lower === reading.lemma) return undefined
  return dictionary.entries(lower).find((entry) => entry.pos === 'adj')
}

/** Marks the key of a dictionary entry that also shows its other use: `endlich#ding-adj+`. */
const OTHER_USE_MARK = '+'
/**
 * Two readings closer than this are both shown ("or …"): less than a rule of the sentence
 * (CONTEXT_FIT) adds, so a reading the context chose stands alone.
 */
export const AMBIGUITY_MARGIN = 5

export interface AnalysedText {
  matched: MatchedText
  /** The curated lexicon plus the entries drafted from Ding for this text. */
  lexicon: Lexicon
  /** Words no source knows. */
  unknown: number
  /** The reading the engine chose for each word it could read, with or without an entry. */
  readings: ReadonlyMap<WordToken, Reading>
}

export interface AnalyseOptions {
  /** The text's own sense choices and units, which win over the engine's. */
  annotations?: AnnotationsFile
  /**
   * The aligned English of each block, by block number, when the text has a translation: a
   * dictionary sense whose words occur there comes first, as the meaning in this text.
   */
  translations?: ReadonlyMap<number, string>
  /** Marks a sense chosen by the translation, in the interface language. */
  inTextLabel?: string
  /**
   * A text an editor has checked (a curated text): each word shows the reading chosen, and
   * no second one ("or …") beside it.
   */
  reviewed?: boolean
}

interface BlockWork {
  number: number
  parts: BlockPart[]
  slots: Slot[]
  closing: string
}

const fits = (reading: Reading, role: Role) =>
  reading.pos === role.pos && (!role.lemma || reading.lemma === role.lemma)

const bySourceOrder = (reading: Reading) =>
  Math.min(...reading.sources.map((source) => SOURCE_ORDER.indexOf(source)))

/** A word read in its modern spelling says so in its analysis: "old spelling" (daß). */
function withSpelling(reading: Reading): string[] {
  if (!reading.spelling) return reading.morph
  const mark = reading.spelling.kind
  return reading.morph.length ? reading.morph.map((code) => `${code}.${mark}`) : [mark]
}

/**
 * The next reading as likely as the chosen one, within AMBIGUITY_MARGIN, of another lemma
 * (Kohle: Kohl or Kohle; galt: gelten): ambiguity is said, not hidden. Another part of speech
 * of the same lemma (industriell, adjective or adverb) tells a reader nothing new, and a
 * name by its shape is no rival to a word.
 */
export function closeSecond(chosen: Reading, rest: readonly Reading[]): Reading | undefined {
  return rest.find(
    (other) =>
      chosen.score - other.score < AMBIGUITY_MARGIN &&
      stemOf(other.lemma) !== stemOf(chosen.lemma) &&
      !isNameByShape(other),
  )
}

/**
 * A lemma without what sets apart two headwords of one word: an ending (Ding's plural
 * headwords, Gedanke and Gedanken; trüb and trübe), an old ß (daß, dass) and capitals.
 */
const stemOf = (lemma: string) =>
  lemma
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(/(?:e|en|n|es|s|er)$/u, '')

/** Best first: the higher score, then the earlier source. */
export function rankReadings(readings: readonly Reading[]): Reading[] {
  return [...readings].sort((a, b) => b.score - a.score || bySourceOrder(a) - bySourceOrder(b))
}

/**
 * The one analysis engine, for curated texts, imported texts and `vocab:suggest`: every
 * word's readings from every source, the sentence deciding among them (function words by
 * their role, split separable verbs as units), then the text's own annotations.
 */
export function analyseText(
  blocks: readonly { number: number; spans: readonly Span[] }[],
  sources: AnalysisSources,
  options: AnalyseOptions = {},
): AnalysedText {
  const { curated, dictionary } = sources
  const annotations = options.annotations ?? { senses: [], units: [] }
  const entries = new Map(curated.entries)
  const keysByLemma = new Map(curated.keysByLemma)
  const units: Unit[] = []
  const problems: string[] = []
  const chosen = new Map<WordToken, Reading>()
  let unknown = 0

  const work: BlockWork[] = blocks.map((block) => {
    const parts = splitBlock(block.spans)
    const words = parts.filter((part): part is WordToken => part.kind === 'word')
    const lastWord = parts.findLastIndex((part) => part.kind === 'word')
    return {
      number: block.number,
      parts,
      slots: slotsOf(words, (word) => readingsOfWord(word, sources)),
      closing: parts
        .slice(lastWord + 1)
        .map((part) => part.text)
        .join(''),
    }
  })
  const signals = textSignals(
    work.flatMap((block) => block.slots),
    options.reviewed,
  )

  const addUnit = (block: number, kind: Unit['kind'], entry: string, words: WordToken[]) => {
    const indices = words.map((word) => word.index)
    // A phrase pattern and an annotation may both find the same unit: keep one.
    const same = units.find(
      (u) => u.block === block && u.entry === entry && u.words.join() === indices.join(),
    )
    if (same) return
    const unit: Unit = { id: units.length, block, kind, entry, words: indices }
    units.push(unit)
    for (const word of words) word.units.push(unit.id)
  }

  const keyOf = (
    reading: Reading,
    role: Role | undefined,
    english: string | undefined,
    form?: string,
  ) => {
    const curatedKey = senseKeyOf(reading, role, curated)
    if (curatedKey) return curatedKey
    if (isNameByShape(reading)) {
      const key = nameKey(reading.lemma)
      if (!entries.has(key)) {
        entries.set(key, nameEntry(reading.lemma))
        keysByLemma.set(reading.lemma, [...(keysByLemma.get(reading.lemma) ?? []), key])
      }
      return key
    }
    const own = reading.entry ?? dictionaryEntryOf(reading.lemma, reading.pos, dictionary)
    if (!own) return undefined
    // Uninflected, an adjective is also its adverb (see withOtherUse); declined, it is not.
    const both = !reading.parts && form?.toLowerCase() === reading.lemma.toLowerCase()
    const base =
      reading.pos === 'verb' && isBare(own)
        ? (reading.base ?? baseVerbOf(reading.lemma, dictionary))
        : undefined
    const declined = both ? undefined : declinedHeadword(reading, form, dictionary)
    const adjective = withCognateOfAdverb(
      withBaseVerbSenses(
        declined ? { ...own, senses: [...declined.senses, ...own.senses] } : own,
        base,
      ),
      reading,
      dictionary,
    )
    const found = both ? withOtherUse(adjective, reading, dictionary) : adjective
    const use =
      (found === adjective ? '' : OTHER_USE_MARK) +
      (declined ? `${DECLINED_MARK}${declined.lemma}` : '')
    // The sense the block's translation chose comes first, under a key of its own: the same
    // word elsewhere in the text may mean something else.
    const chosen =
      english === undefined ? undefined : senseFittingTranslation(found.senses, english)
    const inText = chosen !== undefined && chosen > 0
    const entry = inText ? { ...found, senses: orderSenses(found.senses, english) } : found
    const key =
      dictionaryKey(reading.lemma, reading.pos) + use + (inText ? `${IN_TEXT}${chosen}` : '')
    if (!entries.has(key)) {
      const draft = entryFromDictionary(reading, entry)
      if (inText) {
        const label = options.inTextLabel ?? 'meaning in this text'
        draft.note = draft.note ? `${label}; ${draft.note}` : label
      }
      entries.set(key, draft)
      keysByLemma.set(reading.lemma, [...(keysByLemma.get(reading.lemma) ?? []), key])
    }
    return key
  }

  for (const block of work) {
    const { slots } = block
    const english = options.translations?.get(block.number)
    const ends = sentenceEnds(slots, block.closing)
    for (const slot of slots) {
      const sentence = slots.filter((other) => other.sentence === slot.sentence)
      slot.readings = slot.readings.map((reading) =>
        needsAbsentSubject(reading, sentence)
          ? { ...reading, score: reading.score - MISSING_SUBJECT_PENALTY }
          : reading,
      )
    }
    const roles = slots.map((_, at) => roleOf(slots, at, ends, signals))
    slots.forEach((slot, at) => {
      const role = roles[at]
      if (role)
        slot.readings = slot.readings.map((reading) =>
          fits(reading, role) ? { ...reading, score: reading.score + CONTEXT_FIT } : reading,
        )
    })
    const clauses = new Map<number, Slot[]>()
    for (const slot of slots) clauses.set(slot.clause, [...(clauses.get(slot.clause) ?? []), slot])
    for (const clause of clauses.values())
      readParticiples(
        clause,
        slots.filter((slot) => slot.sentence === clause[0]!.sentence),
      )
    for (const clause of clauses.values())
      for (const split of splitVerbsOf(clause, sources)) {
        const reading: Reading = {
          lemma: split.lemma,
          pos: 'verb',
          score: SEPARABLE_SCORE,
          sources: ['curated'],
          morph:
            split.verb.readings.find((r) => r.pos === 'verb' && r.morph.length > 0)?.morph ?? [],
          ...(split.entry ? { entry: split.entry } : {}),
        }
        const key = keyOf(reading, undefined, english)
        if (!key) continue
        split.verb.word.entry = key
        split.verb.word.morph = reading.morph
        chosen.set(split.verb.word, reading).set(split.particle.word, reading)
        split.particle.word.entry = key
        split.particle.word.morph = []
        const ordered = [split.verb, split.particle].sort((a, b) => a.word.index - b.word.index)
        addUnit(
          block.number,
          'separable',
          key,
          ordered.map((slot) => slot.word),
        )
      }
    slots.forEach((slot, at) => {
      if (slot.word.entry !== undefined) return
      const role = roles[at]
      const ranked = rankReadings(
        slot.readings.filter(
          (reading) =>
            standsAlone(reading) && (!reading.needsContext || (role && fits(reading, role))),
        ),
      )
      for (const [place, reading] of ranked.entries()) {
        const key = keyOf(reading, roles[at], english, slot.word.text)
        if (!key) continue
        slot.word.entry = key
        slot.word.morph = withSpelling(reading)
        chosen.set(slot.word, reading)
        const second = options.reviewed ? undefined : closeSecond(reading, ranked.slice(place + 1))
        const alternative = second && keyOf(second, roles[at], english, slot.word.text)
        if (alternative && alternative !== key) slot.word.alternative = alternative
        return
      }
      // Known, but with nothing to show: the reading is kept, the word gets no popup.
      if (ranked[0]) chosen.set(slot.word, ranked[0])
      if (slot.word.number === undefined) unknown++
    })
    const words = slots.map((slot) => slot.word)
    for (const pattern of curated.phrases) {
      if (!curated.entries.has(pattern.entry)) continue
      for (let start = 0; start + pattern.tokens.length <= words.length; start++) {
        const run = words.slice(start, start + pattern.tokens.length)
        if (fitsPattern(run, pattern.tokens)) addUnit(block.number, 'phrase', pattern.entry, run)
      }
    }
    applyAnnotations(
      block.number,
      words,
      annotations,
      { ...curated, entries },
      (kind, entry, members) => addUnit(block.number, kind, entry, members),
      problems,
    )
  }

  const matchedBlocks = work.map((block) => ({ number: block.number, parts: block.parts }))
  return {
    matched: {
      blocks: matchedBlocks,
      units,
      uncovered: work.flatMap((block) =>
        block.slots
          .map((slot) => slot.word)
          .filter((word) => word.entry === undefined && word.number === undefined)
          .map((word) => ({ block: block.number, word: word.text, index: word.index })),
      ),
      problems,
    },
    lexicon: { ...curated, entries, keysByLemma },
    unknown,
    readings: chosen,
  }
}
