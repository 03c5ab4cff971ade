import { isCapitalised, isParticiple, type Slot } from './sentence'
import type { Reading } from './readings'

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
  const auxiliary = clause.some((slot) =>
    slot.readings.some((reading) => reading.pos === 'verb' && AUXILIARIES.has(reading.lemma)),
  )
  clause.forEach((slot, at) => {
    const verb = (reading: Reading) => reading.pos === 'verb'
    if (auxiliary && isParticiple(slot) && slot.readings.some(verb)) return boost(slot, verb)
    const fromVerb = (reading: Reading) => reading.pos === 'adj' && reading.entry?.pos === 'verb'
    if (!slot.readings.some(fromVerb)) return
    const next = clause[at + 1]
    if (next && isCapitalised(next.word.text)) boost(slot, fromVerb)
    else boost(slot, verb)
  })
}
