import { isCapitalised, isParticiple, type Slot } from './sentence'
import { isParticipleLemma, type Reading } from './readings'
import { subordinateOpening } from './verbs'

const AUXILIARIES = new Set(['haben', 'sein', 'werden'])

/** How far above the word's best other reading a participle reading goes when the clause decides. */
export const PARTICIPLE_FIT = 5

const boost = (slot: Slot, pick: (reading: Reading) => boolean) => {
  const top = Math.max(...slot.readings.map((reading) => reading.score))
  slot.readings = slot.readings.map((reading) =>
    pick(reading) ? { ...reading, score: top + PARTICIPLE_FIT } : reading,
  )
}

/**
 * Participles in their clause: beside a form of haben, sein or werden an uninflected
 * participle is the verb (hat … entschieden), not the adjective Ding also lists; an
 * inflected one is an adjective only before its noun (die erklärte Absicht), else the verb's
 * past tense (er erklärte).
 */
export function readParticiples(clause: readonly Slot[], sentence: readonly Slot[] = clause) {
  const auxiliariesOf = (slots: readonly Slot[]) =>
    new Set(
      slots.flatMap((slot) =>
        slot.readings
          .filter((reading) => reading.pos === 'verb' && AUXILIARIES.has(reading.lemma))
          .map((reading) => reading.lemma),
      ),
    )
  const auxiliaries = auxiliariesOf(clause)
  // A participle may share its auxiliary with others before it: „Wird eine Flasche … geworfen,
  // eingeschmolzen und … geformt“.
  const sentenceHasAuxiliary = auxiliariesOf(sentence).size > 0
  // After sein a participle may be a state (weit entfernt ist): a curated adjective says so.
  const onlySein = auxiliaries.size === 1 && auxiliaries.has('sein')
  const curatedAdjective = (slot: Slot) =>
    slot.readings.some((reading) => reading.pos === 'adj' && reading.sources.includes('curated'))
  clause.forEach((slot, at) => {
    const verb = (reading: Reading) => reading.pos === 'verb'
    const auxiliary = auxiliaries.size > 0 && !(onlySein && curatedAdjective(slot))
    if (auxiliary && isParticiple(slot) && slot.readings.some(verb)) return boost(slot, verb)
    if (!sentenceHasAuxiliary && standsAsAdjective(clause, at)) return useAsAdjective(slot)
    if (!slot.readings.some(attributive)) return
    // Its noun may follow other adjectives: das … spezialisierte westliche Lancashire.
    const next = clause
      .slice(at + 1)
      .find(
        (other) =>
          !DECLINED_ADJECTIVE.test(other.lower) ||
          isCapitalised(other.word.text) ||
          !other.readings.some((r) => r.pos === 'adj'),
      )
    if (next && isCapitalised(next.word.text)) return boost(slot, attributive)
    // With no noun after it an inflected form is the past tense (er erklärte); an uninflected
    // participle may well be an adjective (guckt überrascht) and is left to its sources.
    // Without form analyses (Ding alone) any verb reading is the past tense.
    const finite = (reading: Reading) => verb(reading) && reading.morph.some(isFinite)
    const pastTense = slot.readings.some(finite) ? finite : verb
    if (INFLECTED.test(slot.word.text) && slot.readings.some(pastTense)) boost(slot, pastTense)
  })
}

/**
 * An uninflected participle in a clause with no haben, sein or werden is used as an
 * adjective or adverb (Andere erschöpft fallen zurück; der verborgen im Schutte liegt;
 * stumpfwinklig abgebogen; Andere – erschöpft – fallen): unless it is a finite verb, the
 * clause's only one (er erschöpft seine Kräfte); an infinitive after zu or before its modal (übertragen können); or ends a
 * relative or subordinate clause that left its auxiliary out (die eine Rolle gespielt).
 */
function standsAsAdjective(clause: readonly Slot[], at: number): boolean {
  const slot = clause[at]!
  if (!isParticiple(slot) || !slot.readings.some(verbReading)) return false
  const adjective = slot.readings.find(
    (reading) => uninflected(reading) && reading.lemma === slot.lower,
  )
  if (!adjective) return false
  const finite = (other: Slot) =>
    other.readings.some((reading) => verbReading(reading) && reading.morph.some(isFinite))
  // Another word is the clause's finite verb when its best readings are all verbs (fallen,
  // muß), not where it may also be one (eine of einen, trübe of eintrüben).
  const otherFinite = (other: Slot) => {
    const top = Math.max(...other.readings.map((reading) => reading.score))
    const best = other.readings.filter((reading) => reading.score === top)
    return best.every(verbReading) && finite(other)
  }
  // Alone between dashes or commas it is an inserted phrase: Andere – erschöpft – fallen.
  const alone = clause.length === 1
  const mayBeFinite = finite(slot) || !STRONG_PARTICIPLE.test(slot.lower)
  if (!alone && mayBeFinite && !clause.some((other, i) => i !== at && otherFinite(other)))
    return false
  const before = clause[at - 1]
  const after = clause[at + 1]
  const infinitive = slot.readings.some(
    (reading) => verbReading(reading) && reading.morph.some((code) => /^(?:zu)?inf$/u.test(code)),
  )
  if (before?.lower === 'zu') return false
  if (infinitive && after?.readings.some(verbReading)) return false
  // A subordinate clause may open inside the clause, with no comma: „früher als vom Kreml
  // angekündigt“.
  const endsSubordinate = clause
    .slice(0, at)
    .some((_, k) => subordinateOpening(clause.slice(k, at)))
  return !(after === undefined && endsSubordinate)
}

/**
 * The participle's adjective readings go first; one Ding lacks (abgebogen) is glossed by its
 * verb's entry, as an English participle (see englishParticiple.ts).
 */
function useAsAdjective(slot: Slot) {
  const verbEntry = slot.readings.find(
    (reading) => verbReading(reading) && reading.morph.includes('pp') && reading.entry,
  )?.entry
  boost(slot, uninflected)
  slot.readings = slot.readings.map((reading) =>
    uninflected(reading) && !reading.entry && verbEntry
      ? { ...reading, entry: verbEntry }
      : reading,
  )
}

/**
 * A participle with ge- and -en (abgebogen, gegangen) is no finite form; one in -t (gehört,
 * bemächtigt) or without ge- (verborgen) may be a present tense or an infinitive.
 */
const STRONG_PARTICIPLE = /ge\p{Ll}{2,}en$/u

const verbReading = (reading: Reading) => reading.pos === 'verb'
const uninflected = (reading: Reading) =>
  (reading.pos === 'adj' || reading.pos === 'adv') &&
  !reading.morph.some((code) => code.includes('decl'))

const INFLECTED = /(?:e|en|em|er|es)$/u
const DECLINED_ADJECTIVE = INFLECTED
const isFinite = (code: string) => /(?:^|\.)(?:pres|pret|subj1|subj2)(?:\.|$)/u.test(code)
const DECLINED_PARTICIPLE =
  /(?:^|\.)pp(?:res)?\.(?:.*\.)?decl(?:\.|$)|(?:^|\.)pp(?:res)?\..*(?:nom|acc|dat|gen)/u

/** A participle used as an adjective: Ding's adjective made from a verb, or a declined form. */
function attributive(reading: Reading): boolean {
  if (reading.pos === 'adj' && reading.entry?.pos === 'verb') return true
  // The lexicon's declined adjective whose lemma is a participle (spezialisiert).
  if (
    reading.pos === 'adj' &&
    isParticipleLemma(reading.lemma) &&
    reading.morph.some((code) => code.includes('decl'))
  )
    return true
  return (
    (reading.pos === 'adj' || reading.pos === 'verb') &&
    reading.morph.some((code) => DECLINED_PARTICIPLE.test(code))
  )
}
