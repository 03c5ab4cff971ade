import type { DingSense } from './ding'
import { restrictedGloss, restricts, withoutLabels } from './labels'

/** How often an English word occurs in a corpus (case ignored); 0 when it is not there. */
export type WordFrequency = (word: string) => number

/**
 * The words of a gloss that say what it means: no labels, no "sb."/"sth." placeholders, no
 * "to" of an infinitive (else every verb gloss would count as a phrase).
 */
export function wordsOf(gloss: string): string[] {
  const text = withoutLabels(gloss)
    .replace(/\b(?:sb|sth)\.(?:['’]s)?/gu, ' ')
    .replace(/^\s*to\s+/u, '')
  return text.toLowerCase().match(/\p{L}+/gu) ?? []
}

/** The size of SUBTLEX-US in words, to put counts on the Zipf scale. */
const CORPUS_WORDS = 51e6

/**
 * The Zipf value of a count (van Heuven et al. 2014): log10 of occurrences per billion
 * words, 1 for the rarest words and 7 for "the". One step is a tenfold difference.
 */
const zipf = (count: number) => Math.log10(((count + 1) / CORPUS_WORDS) * 1e9)

/** What every word after a gloss's first costs, in Zipf steps. */
const PHRASE_STEP = 0.25

/**
 * How plain a gloss is: the Zipf value of its rarest word ("surrogate" in "surrogate's
 * court"), less a step for every further word, as "law court" says less directly than
 * "court". Function words are never the rarest, so they need no list.
 */
export function glossScore(gloss: string, frequency: WordFrequency): number {
  const words = wordsOf(gloss)
  if (words.length === 0) return 0
  const rarest = Math.min(...words.map((word) => zipf(frequency(word))))
  return rarest - PHRASE_STEP * (words.length - 1)
}

/**
 * Zipf steps per tenfold sub-entries that use the headword in a sense (SenseInLine.support,
 * at least the sub-entries of its own line, DingSense.size). Ding writes out a word's
 * everyday sense with compounds and examples, in its own line and in others (Zug, train:
 * Güterzug, Zugfahrt …; Absatz, sales: Absatzmarkt, Absatzzahlen …) and leaves a rare one
 * bare (lineament, heel), and that outweighs a common English homograph ("move" for Zug,
 * "settle" for Bank). Set with the curated vocabulary's glosses as the answer (README).
 */
const SIZE_WEIGHT = 3

/**
 * What restricting labels (a special field, a region, a register, a period) cost, in Zipf
 * steps, once however many there are: a sense used in three fields ("poisonous; toxic [bot.]
 * [chem.] [pharm.]") is no rarer than one used in one. A cost, not a bar: Ding labels
 * everyday senses too (Satz, sentence [ling.]; Schloss, castle [arch.]), which a bare line
 * with a common English word should not pass.
 */
const RESTRICTED_COST = 1

/**
 * How many of a sense's glosses its score looks at: Ding gives the usual translations
 * first, and a common homograph far down a list of synonyms ("mean" for Mittel, average)
 * says little.
 */
const SCORED_GLOSSES = 3

/** The glosses of a sense its score looks at (see SCORED_GLOSSES). */
export const scoredGlosses = (sense: DingSense) => sense.glosses.slice(0, SCORED_GLOSSES)

/**
 * A sense's score: its plainest gloss, how many sub-entries use it (`support`, else those of
 * its own line), less the cost of its labels.
 */
export function senseScore(sense: DingSense, frequency: WordFrequency, support = 0): number {
  const best = Math.max(...scoredGlosses(sense).map((gloss) => glossScore(gloss, frequency)))
  // English labels on every gloss ("viand [archaic]", "natch [slang]") restrict a sense too.
  const restricted = sense.labels.some(restricts) || sense.glosses.every(restrictedGloss)
  const used = Math.max(support, sense.size)
  return best + SIZE_WEIGHT * Math.log10(used) - (restricted ? RESTRICTED_COST : 0)
}

/** One line's sense of a headword, with Ding's order: position in the line, then file order. */
export interface SenseInLine {
  sense: DingSense
  rank: number
  order: number
  /** How many of Ding's sub-entries use the headword in this sense (see senseSupport). */
  support?: number
}

/**
 * What each step of a headword's rank in its line costs, in Zipf steps: a later synonym
 * shares a sense named after the words before it ("betten; setzen; pflanzen :: to bed"),
 * and a construction ("jdm. helfen", 5 steps) is not the plain sense.
 */
const RANK_COST = 0.1

/** The senses of a headword, the one a reader most likely needs first; Ding's order on ties. */
export function rankSenses(senses: readonly SenseInLine[], frequency: WordFrequency): DingSense[] {
  return senses
    .map((s) => ({ ...s, score: senseScore(s.sense, frequency, s.support) - RANK_COST * s.rank }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank || a.order - b.order)
    .map((s) => s.sense)
}

/** How many glosses of a sense the index keeps: Ding lists up to a dozen synonyms. */
export const MAX_GLOSSES = 6

/**
 * How much plainer a later synonym must be to go before Ding's first, in Zipf steps: Ding
 * puts the usual translation first, but not always ("intensity; intenseness; strength").
 */
const SYNONYM_STEP = 1

/**
 * How a German word and an English one are compared for a shared origin: lower case, the
 * spellings that differ regularly between the two made alike (Produktion, production;
 * Kapitalismus, capitalism; effizient, efficient; Textil, textile).
 */
const cognateSpelling = (word: string) =>
  word
    .toLowerCase()
    .replace(/ä/gu, 'a')
    .replace(/ö/gu, 'o')
    .replace(/ü/gu, 'u')
    .replace(/ß/gu, 'ss')
    .replace(/[kz]/gu, 'c')
    .replace(/ph/gu, 'f')

/** How many letters a cognate shares from its start at least, and what share of the shorter word. */
const COGNATE_PREFIX = 5
const COGNATE_SHARE = 0.75

/**
 * Whether a one-word gloss is the headword's cognate (Produktion, production; Industrie,
 * industry): Ding lists it as a translation, and of a sense's synonyms it is the one a
 * reader recognises and the one a compound's part is best glossed with (Leinenproduktion,
 * "linen production", not "linen making").
 */
export function isCognate(headword: string, gloss: string): boolean {
  const words = wordsOf(gloss)
  if (words.length !== 1 || headword.length < COGNATE_PREFIX) return false
  const german = cognateSpelling(headword)
  const english = cognateSpelling(words[0]!)
  let shared = 0
  while (shared < german.length && german[shared] === english[shared]) shared++
  return (
    shared >= COGNATE_PREFIX && shared >= COGNATE_SHARE * Math.min(german.length, english.length)
  )
}

/**
 * A sense as the index stores it: its restricting labels first ("[jur.] law court; court"),
 * then its glosses, those with a register or period label last; among the others the
 * headword's cognate goes first (see isCognate), else the plainest when it is a step plainer
 * than Ding's first (Stärke: strength); the rest keep Ding's order.
 */
export function senseText(sense: DingSense, frequency: WordFrequency, headword = ''): string {
  const plain = sense.glosses.filter((gloss) => !restrictedGloss(gloss))
  const scores = plain.map((gloss) => glossScore(gloss, frequency))
  const best = scores.indexOf(Math.max(...scores))
  const cognate = plain.findIndex((gloss) => isCognate(headword, gloss))
  const lead =
    cognate >= 0 ? cognate : best > 0 && scores[best]! - scores[0]! >= SYNONYM_STEP ? best : 0
  const glosses = [
    plain[lead],
    ...plain.filter((_, i) => i !== lead),
    ...sense.glosses.filter(restrictedGloss),
  ]
    .filter((gloss) => gloss !== undefined)
    .slice(0, MAX_GLOSSES)
  const labels = sense.labels.filter(restricts).map((label) => `[${label}]`)
  return [...labels, glosses.join('; ')].join(' ')
}
