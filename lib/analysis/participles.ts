import { isCapitalised, isParticiple, type Slot } from './sentence'
import { isParticipleLemma, type Reading } from './readings'

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
export function readParticiples(clause: readonly Slot[]) {
  const auxiliaries = new Set(
    clause.flatMap((slot) =>
      slot.readings
        .filter((reading) => reading.pos === 'verb' && AUXILIARIES.has(reading.lemma))
        .map((reading) => reading.lemma),
    ),
  )
  // After sein a participle may be a state (weit entfernt ist): a curated adjective says so.
  const onlySein = auxiliaries.size === 1 && auxiliaries.has('sein')
  const curatedAdjective = (slot: Slot) =>
    slot.readings.some((reading) => reading.pos === 'adj' && reading.sources.includes('curated'))
  clause.forEach((slot, at) => {
    const verb = (reading: Reading) => reading.pos === 'verb'
    const auxiliary = auxiliaries.size > 0 && !(onlySein && curatedAdjective(slot))
    if (auxiliary && isParticiple(slot) && slot.readings.some(verb)) return boost(slot, verb)
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
