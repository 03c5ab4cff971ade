import { bestPos, hasPos, looksLikeNoun, type Slot } from './sentence'

/** What the adverb rules need of a word's place: the word, its neighbours in its clause. */
export interface Place {
  slot: Slot
  prev?: Slot
  next?: Slot
  /** Whether the word is a whole utterance on its own ("Natürlich!"). */
  alone: boolean
}

// The quantity words viel and wenig with their comparatives mehr and weniger.
const QUANTITY = new Set(['viel', 'wenig', 'mehr'])
const NEGATIONS = new Set(['nicht', 'nie', 'niemals', 'kaum'])
const INFLECTED = /(?:e|en|em|er|es)$/u

const hasLemma = (slot: Slot, lemmas: ReadonlySet<string>) =>
  slot.readings.some((reading) => lemmas.has(reading.lemma))

/** Both an adjective and an adverb: the sentence says which. */
const adjOrAdv = (slot: Slot) => hasPos(slot, 'adj') && hasPos(slot, 'adv')

/**
 * viel, wenig, mehr, weniger: an adjective before a noun (vielen Ländern, weniger Erdöl), an
 * adverb after a negation (nicht mehr = no longer, nicht weniger als) or before an adjective
 * it grades (weniger arbeitsintensive); standing alone the pronoun its sources give first.
 */
function quantity(place: Place): 'adj' | 'adv' | undefined {
  const { prev, next } = place
  if (!hasLemma(place.slot, QUANTITY)) return undefined
  if (prev && NEGATIONS.has(prev.lower)) return 'adv'
  if (next && looksLikeNoun(next)) return 'adj'
  if (next && hasPos(next, 'adj') && INFLECTED.test(next.lower)) return 'adv'
  return undefined
}

/**
 * A word that is an adjective and an adverb is the adverb when it grades the adjective or
 * adverb after it (ganz ärgerlich, ganz anders) or is an utterance on its own (Natürlich!).
 */
function gradingOrAlone(place: Place): 'adv' | undefined {
  const { slot, next } = place
  // Function words with an adverb sense too (ein, "on") are left to their own rules.
  const other = hasPos(slot, 'art', 'pron', 'prep', 'conj', 'particle', 'verb')
  if (!adjOrAdv(slot) || other || INFLECTED.test(slot.lower)) return undefined
  if (place.alone) return 'adv'
  // What it grades is an adjective (or an adverb made from one): not a particle such as fort.
  const grades = next && !looksLikeNoun(next) && hasPos(next, 'adj') && bestPos(next) !== 'verb'
  return grades ? 'adv' : undefined
}

/**
 * Whether the word has a reading of this part of speech that may replace its best one: a
 * word the curated vocabulary glosses keeps a curated sense (a curated text shows only
 * those), so the rules choose among its curated readings, or among all when it has none.
 */
function canBe(slot: Slot, pos: 'adj' | 'adv'): boolean {
  const curated = slot.readings.some((reading) => reading.sources.includes('curated'))
  return slot.readings.some(
    (reading) => reading.pos === pos && (!curated || reading.sources.includes('curated')),
  )
}

/** The part of speech the sentence gives an adjective, adverb or quantity word, if it says. */
export function adverbialRole(place: Place): 'adj' | 'adv' | undefined {
  const pos = quantity(place) ?? gradingOrAlone(place)
  return pos && canBe(place.slot, pos) ? pos : undefined
}
