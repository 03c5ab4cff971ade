import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import type { WordToken } from '@/lib/vocabulary/match'
import type { Reading } from './readings'

/** A word of a block with its readings, as the sentence rules see it. */
export interface Slot {
  word: WordToken
  readings: Reading[]
  /** Lowercase form, for rules about function words. */
  lower: string
  /** Index of the slot's clause in the block. */
  clause: number
  /** Index of the slot's sentence in the block. */
  sentence: number
}

// A clause ends at punctuation (quotes and dashes too); a sentence at . ! ? and :.
const CLAUSE_BREAK = /[.,;:!?"„“”»«()–—-]/u
const SENTENCE_BREAK = /[.!?:]/u

// A point after a small number marks an ordinal (am 2. Oktober, des 18. Jahrhunderts), not the
// end of a sentence; years and counts above this end one as often as not.
const MAX_ORDINAL = 100
const isOrdinalPoint = (before: WordToken | undefined, word: WordToken) =>
  before?.number !== undefined &&
  before.number < MAX_ORDINAL &&
  /^\s*\.\s*$/u.test(word.punctBefore)

/**
 * Words in brackets inside a clause are a clause of their own, and the clause goes on after
 * them: „legte Gesundheitsminister Hermann Gröhe (CDU) keinen neuen Entwurf vor“ is one
 * clause, so its particle finds its verb. After a closing bracket with other punctuation, or
 * where a sentence starts (a speech after a stage direction), a new clause starts.
 */
const BRACKET_CLOSED = /^\s*\)\s*$/u

export function slotsOf(words: readonly WordToken[], readings: (word: WordToken) => Reading[]) {
  let clause = 0
  let sentence = 0
  let lastClause = 0
  const outside: number[] = []
  return words.map((word, i): Slot => {
    if (isOrdinalPoint(words[i - 1], word)) {
      word.sentenceStart = false
      return { word, readings: readings(word), lower: word.text.toLowerCase(), clause, sentence }
    }
    if (word.punctBefore.includes('(')) outside.push(clause)
    const back = word.punctBefore.includes(')') ? outside.pop() : undefined
    const resumes =
      back !== undefined && BRACKET_CLOSED.test(word.punctBefore) && !word.sentenceStart
    if (resumes) clause = back
    else if (i > 0 && CLAUSE_BREAK.test(word.punctBefore)) clause = ++lastClause
    if (i > 0 && (word.sentenceStart || SENTENCE_BREAK.test(word.punctBefore))) sentence++
    return { word, readings: readings(word), lower: word.text.toLowerCase(), clause, sentence }
  })
}

/** The slots of one clause or sentence, in order. */
export const clauseSlots = (slots: readonly Slot[], slot: Slot) =>
  slots.filter((other) => other.clause === slot.clause)
export const sentenceSlots = (slots: readonly Slot[], slot: Slot) =>
  slots.filter((other) => other.sentence === slot.sentence)

export const isCapitalised = (text: string) => /^\p{Lu}/u.test(text)

export const hasPos = (slot: Slot | undefined, ...pos: PartOfSpeech[]) =>
  Boolean(slot?.readings.some((reading) => pos.includes(reading.pos)))

export const bestPos = (slot: Slot | undefined): PartOfSpeech | undefined =>
  slot ? [...slot.readings].sort((a, b) => b.score - a.score)[0]?.pos : undefined

/** A noun as written: capitalised where a sentence does not start. */
export const looksLikeNoun = (slot: Slot | undefined) =>
  Boolean(
    slot &&
    (slot.word.sentenceStart
      ? bestPos(slot) === 'noun' || bestPos(slot) === 'propn'
      : isCapitalised(slot.word.text) && slot.lower !== slot.word.text),
  )

// Past participles: ge…t / ge…en (also after a separable particle), or an inseparable
// prefix with -t / -en (verkauft, entschieden, bekommen).
const PARTICIPLE =
  /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|emp|ent|er|ge|miss|ver|zer)\p{Ll}{2,}(?:t|en))$/u

export const isVerbLike = (slot: Slot | undefined) =>
  Boolean(slot && !looksLikeNoun(slot) && hasPos(slot, 'verb'))

export const isParticiple = (slot: Slot | undefined) =>
  Boolean(
    slot &&
    PARTICIPLE.test(slot.word.text) &&
    slot.readings.some(
      (reading) =>
        (reading.pos === 'verb' || reading.pos === 'adj') && reading.lemma !== slot.word.text,
    ),
  )

/** An infinitive (kommen, anzufangen): a lowercase verb form that is its own lemma. */
export const isInfinitive = (slot: Slot | undefined) =>
  Boolean(
    slot &&
    !looksLikeNoun(slot) &&
    slot.readings.some(
      (reading) =>
        reading.pos === 'verb' &&
        (reading.lemma === slot.lower || reading.lemma === slot.lower.replace('zu', '')),
    ),
  )

/** The 3rd person singular of a finite verb (geht, kam, hat) as against a plural (gehen). */
export const isPluralVerb = (slot: Slot) =>
  slot.lower === 'sind' || (/(?:en|n)$/u.test(slot.lower) && !SINGULAR_IN_N.has(slot.lower))

// Singular forms that end as plurals do: "sie kann", "sie begann".
const SINGULAR_IN_N = new Set(['kann', 'begann', 'gewann', 'rann', 'sann', 'spann', 'kenn'])
