import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import type { Reading } from './readings'
import { hasPos, isCapitalised, isParticiple, looksLikeNoun, type Slot } from './sentence'

/**
 * Rules that find a verb by its place in the clause: next to its subject pronoun (ich weiß,
 * was ich meine, Schicken Sie …), as the infinitive a modal leaves at the clause's end (das
 * soll die ganze Stadt erfahren), and the person a form needs (wart needs ihr).
 */

/** The person and number a subject pronoun takes its verb in ("1.sg" as in "1.sg.pres"). */
const SUBJECT_AGREEMENT: Record<string, readonly string[]> = {
  ich: ['1.sg'],
  du: ['2.sg'],
  er: ['3.sg'],
  es: ['3.sg'],
  man: ['3.sg'],
  wir: ['1.pl'],
  ihr: ['2.pl'],
  sie: ['3.sg', '3.pl'],
}
const FINITE_TENSES = new Set(['pres', 'pret', 'subj1', 'subj2'])
// A declined adjective or participle, as it stands between an article and its noun.
const DECLINED = /(?:e|en|em|er|es)$/u
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sondern'])
const MODALS = new Set(['können', 'müssen', 'dürfen', 'sollen', 'wollen', 'mögen', 'werden'])

/** The person and number of a finite form ("3.sg.pres" → "3.sg"), if it is one. */
function personOf(code: string): string | undefined {
  const [person, number, tense] = code.split('.')
  return tense && FINITE_TENSES.has(tense) ? `${person}.${number}` : undefined
}

/** A word read first of all as a finite verb. */
const isFinite = (slot: Slot) =>
  !looksLikeNoun(slot) &&
  [...slot.readings]
    .sort((a, b) => b.score - a.score)
    .slice(0, 1)
    .some((reading) => reading.pos === 'verb' && reading.morph.some((code) => personOf(code)))

const isStanding = (reading: Reading) => reading.particle === undefined

/** A finite verb reading that agrees with a subject pronoun, best first. */
function agreeingVerb(slot: Slot, subject: Slot): Reading | undefined {
  // Sie inside a sentence is the formal "you", which takes the plural.
  const formal = subject.word.text === 'Sie' && !subject.word.sentenceStart
  const persons = formal ? ['3.pl'] : SUBJECT_AGREEMENT[subject.lower]
  if (!persons) return undefined
  return [...slot.readings]
    .sort((a, b) => b.score - a.score)
    .find(
      (reading) =>
        reading.pos === 'verb' &&
        isStanding(reading) &&
        reading.morph.some((code) => persons.includes(personOf(code) ?? '')),
    )
}

export interface VerbPlace {
  slot: Slot
  /** The words before and after it in its clause. */
  prev?: Slot
  next?: Slot
  opensClause: boolean
  endsClause: boolean
  /** The word before the one before it, in its clause. */
  beforeSubject?: Slot
  /** The words of its clause before and after it. */
  before: readonly Slot[]
  after: readonly Slot[]
}

/**
 * A word that is also a finite verb is that verb right after its subject pronoun (ich weiß,
 * not "I white"; was ich meine, not "my"), or right before it when it opens its clause
 * (Schicken Sie …, Weiß er …), when the form agrees with the pronoun. Before its noun phrase
 * it stays the article, possessive or adjective (daß ich eine ewige Angst habe; weil ich
 * weiße Wände …), and where the clause has its verb later (die ich lange vermisst hatte) it
 * is not the verb.
 */
function besideSubject(place: VerbPlace): Reading | undefined {
  const { slot, prev, next } = place
  if (looksLikeNoun(slot) && !slot.word.sentenceStart) return undefined
  const nounNext = next && looksLikeNoun(next) && !hasPos(next, 'pron')
  if (nounNext && hasPos(slot, 'adj')) return undefined
  const attributeNext =
    next &&
    DECLINED.test(next.lower) &&
    (hasPos(next, 'adj') || isParticiple(next) || next.readings.length === 0)
  if ((nounNext || attributeNext) && hasPos(slot, 'pron', 'art')) return undefined
  const subject = prev && SUBJECT_AGREEMENT[prev.lower] ? prev : undefined
  // A subject after its verb (nehmen Sie bitte …, stehen sie lange …) has its verb.
  if (subject && place.beforeSubject && agreeingVerb(place.beforeSubject, subject)) return undefined
  if (subject) {
    // Up to a coordinated clause, which has a verb of its own (ich weiß es und kann …).
    const stop = place.after.findIndex((other) => COORDINATORS.has(other.lower))
    const part = stop >= 0 ? place.after.slice(0, stop) : place.after
    const ownVerbLater = part.some(isFinite)
    return ownVerbLater ? undefined : agreeingVerb(slot, subject)
  }
  if (place.opensClause && next) return agreeingVerb(slot, next)
  return undefined
}

/**
 * The infinitive a modal or werden leaves at its clause's end: „das soll die ganze Stadt
 * erfahren“ (to learn, not the adjective "experienced").
 */
function infinitiveAfterModal(place: VerbPlace): Reading | undefined {
  const { slot, before } = place
  if (!place.endsClause || looksLikeNoun(slot)) return undefined
  const modal = before.some((other) =>
    other.readings.some((reading) => reading.pos === 'verb' && MODALS.has(reading.lemma)),
  )
  if (!modal) return undefined
  return slot.readings.find(
    (reading) => reading.pos === 'verb' && isStanding(reading) && reading.morph.includes('inf'),
  )
}

const infinitiveReading = (slot: Slot) =>
  slot.readings.find(
    (reading) => reading.pos === 'verb' && isStanding(reading) && reading.morph.includes('inf'),
  )

/**
 * An infinitive right after zu (fängt an zu verfallen), or right before the modal that ends
 * its clause (die Krankheiten übertragen können): the verb, not the adjective its
 * participle is spelt as.
 */
function infinitiveBesideItsMarker(place: VerbPlace): Reading | undefined {
  const { slot, prev, next } = place
  if (looksLikeNoun(slot)) return undefined
  const modalEnds =
    next !== undefined &&
    place.after.length === 1 &&
    next.readings.some((reading) => reading.pos === 'verb' && MODALS.has(reading.lemma))
  return prev?.lower === 'zu' || modalEnds ? infinitiveReading(slot) : undefined
}

// Words that open a clause whose finite verb ends it: conjunctions, relative pronouns.
const SUBORDINATORS = new Set(
  [
    ...['dass', 'daß', 'weil', 'ob', 'obwohl', 'obgleich', 'wenn', 'falls', 'nachdem', 'bevor'],
    ...['sobald', 'solange', 'seitdem', 'indem', 'sodass', 'damit', 'ehe', 'als', 'wie', 'wo'],
  ].concat(['warum', 'weshalb', 'wieso', 'wer', 'was']),
)
const RELATIVES = /^(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)$/u

/** Whether a clause is subordinate by its first words: daß …, die …, über die …. */
export function subordinateOpening(before: readonly Slot[]): boolean {
  const [first, second] = before
  if (!first) return false
  if (SUBORDINATORS.has(first.lower)) return true
  const afterComma = first.word.punctBefore.includes(',')
  // Not before a noun, where it may be an article: „…, die Ränder von Rost zerfressen“.
  if (afterComma && RELATIVES.test(first.lower)) return !looksLikeNoun(second)
  return afterComma && hasPos(first, 'prep') && second !== undefined && RELATIVES.test(second.lower)
}

/**
 * The finite verb that ends a subordinate or relative clause: „mit denen ich nichts
 * anzufangen weiß“ (to know, not "white"), „die kein Deutsch verstanden“ — when its part of
 * the clause after und / oder has no other finite verb.
 */
function endsSubordinateClause(place: VerbPlace): Reading | undefined {
  const { slot, before } = place
  if (!place.endsClause || looksLikeNoun(slot) || !subordinateOpening(before)) return undefined
  const stop = before.findLastIndex((other) => COORDINATORS.has(other.lower))
  const part = before.slice(stop + 1)
  if (part.slice(stop >= 0 ? 0 : 1).some(isFinite)) return undefined
  return [...slot.readings]
    .sort((a, b) => b.score - a.score)
    .find(
      (reading) =>
        reading.pos === 'verb' && isStanding(reading) && reading.morph.some((c) => personOf(c)),
    )
}

/**
 * A capitalised word standing alone at a sentence's start, before its comma (Nein, …;
 * Schau, Fritz), is the word in lowercase — an answer, an interjection, an imperative — not
 * a noun (das Nein, die Schau).
 */
function utterance(place: VerbPlace): Reading | undefined {
  const { slot } = place
  if (!slot.word.sentenceStart || !place.endsClause || !place.next) return undefined
  if (!isCapitalised(slot.word.text)) return undefined
  const best = [...slot.readings].sort((a, b) => b.score - a.score)[0]
  if (best?.pos !== 'noun') return undefined
  // A nominalised infinitive (Reiten, …) is a noun; an imperative is not.
  const utters = (reading: Reading) =>
    ['intj', 'particle', 'adv'].includes(reading.pos) ||
    (reading.pos === 'verb' && reading.morph.some((code) => code.includes('imp')))
  return [...slot.readings]
    .sort((a, b) => b.score - a.score)
    .find((reading) => reading.lemma === slot.lower && isStanding(reading) && utters(reading))
}

/** The lemma and part of speech the verb rules give a word, if one applies. */
export function verbRole(place: VerbPlace): { pos: PartOfSpeech; lemma: string } | undefined {
  const reading =
    utterance(place) ??
    besideSubject(place) ??
    infinitiveAfterModal(place) ??
    infinitiveBesideItsMarker(place) ??
    endsSubordinateClause(place)
  return reading ? { pos: reading.pos, lemma: reading.lemma } : undefined
}

/**
 * What a reading loses when its form needs a subject the sentence lacks: more than any
 * source's lead over another (a closed-class form's 100 over a Ding rule's 64), so "wart,
 * ich will …" is warten, not "ihr wart", and "einst" the adverb, not "du einst".
 */
export const MISSING_SUBJECT_PENALTY = 40

/**
 * A verb reading whose every form is 2nd person (einst of einen, wart of sein) needs du or
 * ihr in its sentence; an imperative needs none.
 */
export function needsAbsentSubject(reading: Reading, sentence: readonly Slot[]): boolean {
  if (reading.pos !== 'verb' || reading.morph.length === 0) return false
  const persons = reading.morph.map(personOf)
  if (!persons.every((person) => person?.startsWith('2.'))) return false
  const subjects = new Set<string>(persons.map((person) => (person === '2.sg' ? 'du' : 'ihr')))
  return !sentence.some((other) => subjects.has(other.lower))
}
