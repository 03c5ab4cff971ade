import {
  ADVERB_PARTICLES,
  PRODUCTIVE_PARTICLES,
  SEPARABLE_PARTICLES,
} from '@/lib/dictionary/closedClass'
import type { DictEntry, Dictionary } from '@/lib/dictionary/dictionary'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { AnalysisSources } from './readings'
import {
  bestPos,
  hasPos,
  isCapitalised,
  isInfinitive,
  isParticiple,
  isVerbLike,
  looksLikeNoun,
  type Slot,
} from './sentence'
import { dictionaryEntryOf } from './readings'

/** A separable verb split in its clause: the finite verb, the particle and the infinitive. */
export interface SplitVerb {
  verb: Slot
  particle: Slot
  lemma: string
  /** A verb no dictionary lists, made with a productive particle: its base verb's entry. */
  entry?: DictEntry
}

const PARTICLES = new Set<string>([...SEPARABLE_PARTICLES, ...ADVERB_PARTICLES])
const PRODUCTIVE = new Set<string>(PRODUCTIVE_PARTICLES)
// The shortened da-adverbs join a verb only written right before it (drauf kommen): at a
// clause's end they are adverbs of their own (schlug … drauf = hit them).
const DA_ADVERBS = new Set(['drauf', 'dran'])
const WRITTEN_APART = new RegExp(`^(?:(?:her|hin)\\p{Ll}+|${ADVERB_PARTICLES.join('|')})$`, 'u')
// A particle ends its clause or the part of it before a coordinated verb: "holte … heraus
// und nähte". Before anything else it is a preposition (auf den Weg).
const CONJUNCT_END = new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'sowie'])
const COORDINATORS = CONJUNCT_END
// Auxiliaries make no separable verbs of their own here (war … weg is not "wegsein"), nor do
// modals (see splitVerbsOf), unless the curated vocabulary says so; a modal is tried last.
const AUXILIARIES = new Set(['haben', 'sein', 'werden'])
const MODALS = new Set(['können', 'müssen', 'dürfen', 'sollen', 'wollen', 'mögen'])
const isModal = (slot: Slot) => slot.readings.some((reading) => MODALS.has(reading.lemma))

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1)

const isCuratedSeparable = (lemma: string, curated: Lexicon) =>
  (curated.keysByLemma.get(lemma) ?? []).some((key) => {
    const entry = curated.entries.get(key)
    return entry?.pos === 'verb' && entry.separable === true
  })

/** A separable verb the sources know: curated (marked separable) or in Ding as a verb. */
export function knownSeparable(
  lemma: string,
  base: string,
  curated: Lexicon,
  dictionary: Dictionary,
): boolean {
  if (isCuratedSeparable(lemma, curated)) return true
  const particle = lemma.slice(0, lemma.length - base.length)
  return (
    PARTICLES.has(particle) &&
    !AUXILIARIES.has(base) &&
    dictionary.entries(lemma).some((entry) => entry.pos === 'verb')
  )
}

/**
 * A word that may be a split-off particle: lowercase, ending its clause or the part of it
 * before "und …". Words outside the usual particles (hinweg) join only curated verbs.
 */
function isParticlePosition(clause: readonly Slot[], at: number): boolean {
  const slot = clause[at]!
  if (isCapitalised(slot.word.text) || slot.word.sentenceStart || at === 0) return false
  const [next, afterNext] = [clause[at + 1], clause[at + 2]]
  // … and the other side of "auf und davon".
  const [prev, beforePrev] = [clause[at - 1], clause[at - 2]]
  if (prev && CONJUNCT_END.has(prev.lower) && beforePrev && PARTICLES.has(beforePrev.lower))
    return false
  if (!next) return true
  // "auf und davon": particles coordinated with an adverb are adverbs themselves.
  if (CONJUNCT_END.has(next.lower))
    return !(afterNext && (PARTICLES.has(afterNext.lower) || bestPos(afterNext) === 'adv'))
  // What may follow the verb's clause-end: a subordinate clause without its comma (herum ob
  // …), a phrase moved after it (fallen zurück in ihre Löcher), a zu-infinitive (fängt an zu
  // verfallen).
  const subordinate = hasPos(next, 'conj') && !hasPos(next, 'prep', 'adv')
  // A moved phrase has its object after the preposition (in ihre Löcher, not "wieder ab."),
  // and a noun phrase or pronoun stands before the particle ("geht zurück zum Flugfeld" and
  // "pocht weiter auf" are adverbs before their phrase).
  const moved =
    hasPos(next, 'prep', 'contraction') &&
    !hasPos(slot, 'prep') &&
    Boolean(afterNext) &&
    !isVerbLike(prev) &&
    // "immer wieder aus der …": an adverb before it makes it an adverb too.
    bestPos(prev) !== 'adv'
  const infinitive = next.lower === 'zu' && isInfinitive(afterNext)
  return subordinate || moved || infinitive
}

/** The infinitives a verb and a particle may make, each with the base verb it is built on. */
function infinitivesOf(verb: Slot, particle: string, dictionary: Dictionary) {
  // The morphological lexicon's own word: lud … ein is einladen.
  const separated = verb.readings
    .filter((reading) => reading.particle === particle)
    .map((reading) => ({
      lemma: reading.lemma,
      base: reading.lemma.slice(particle.length),
      separated: true,
    }))
  const listed = dictionary
    .lemmasOfForm(`${lowerFirst(verb.word.text)} ${particle}`)
    .filter((lemma) => lemma.startsWith(particle))
    .map((lemma) => ({ lemma, base: lemma.slice(particle.length), separated: false }))
  const fromReadings = verb.readings
    .filter(
      (reading) =>
        reading.pos === 'verb' &&
        reading.particle === undefined &&
        !reading.lemma.startsWith(particle),
    )
    .map((reading) => ({ lemma: particle + reading.lemma, base: reading.lemma, separated: false }))
  return [...separated, ...listed, ...fromReadings]
}

/**
 * Finds the separable verbs split across one clause: a particle at the end of the clause
 * (or of its part before "und …") joins the nearest finite verb before it with which it
 * makes a verb the sources know. A noun is never a particle, nor a verb's finite part.
 */
export function splitVerbsOf(clause: readonly Slot[], sources: AnalysisSources): SplitVerb[] {
  const { curated, dictionary } = sources
  // A verb the curated vocabulary has first (schalte … ein is einschalten, not einschalen),
  // then one the lexicon lists as separated, then one Ding knows.
  const known = (verb: Slot, particle: string) => {
    // A modal with a direction and no infinitive leaves out "go" (wollte in die Welt hinaus):
    // no particle verb of its own unless the curated vocabulary has one.
    const candidates = infinitivesOf(verb, particle, dictionary).filter(
      ({ lemma, base }) => !MODALS.has(base) || isCuratedSeparable(lemma, curated),
    )
    const curatedVerb = candidates.find(({ lemma }) => isCuratedSeparable(lemma, curated))
    const listed =
      curatedVerb ??
      candidates.find(({ separated }) => separated) ??
      candidates.find(({ lemma, base }) => knownSeparable(lemma, base, curated, dictionary))
    if (listed) return { lemma: listed.lemma }
    return productive(verb, particle, candidates)
  }
  // weiter, zurück, directions: the compound glossed by its base verb (nähte … weiter).
  const productive = (
    verb: Slot,
    particle: string,
    candidates: { lemma: string; base: string }[],
  ) => {
    // Only a word that is first of all a verb (not süßen, eine) takes an unlisted particle.
    if (!PRODUCTIVE.has(particle) || isModal(verb) || bestPos(verb) !== 'verb') return undefined
    for (const { lemma, base } of candidates) {
      if (AUXILIARIES.has(base)) continue
      const entry = dictionaryEntryOf(base, 'verb', dictionary)
      if (entry) return { lemma, entry: { ...entry, lemma } }
    }
    return undefined
  }
  const found: SplitVerb[] = []
  const taken = new Set<Slot>()
  // A particle may open the sentence before its verb for emphasis: "Zurück bleibt die Frage".
  const [first, second] = clause
  if (first?.word.sentenceStart && PARTICLES.has(first.lower) && isVerbLike(second)) {
    const verb = known(second!, first.lower)
    if (verb) {
      found.push({ verb: second!, particle: first, ...verb })
      taken.add(first).add(second!)
    }
  }
  // Older texts write a particle apart right before its verb: heran gelockt wurden, sich …
  // nieder ließen, drauf kommen — the verb then ends its clause or stands before another verb.
  clause.forEach((particle, at) => {
    const verb = clause[at + 1]
    if (!verb || taken.has(particle) || !PARTICLES.has(particle.lower)) return
    // Only directions and adverb particles: a preposition before a verb is its object's (zu
    // tun), and weiter, wieder, zurück stand apart as adverbs today (weiter verschärfen).
    if (!WRITTEN_APART.test(particle.lower)) return
    if (isCapitalised(particle.word.text) || !isVerbLike(verb)) return
    const after = clause[at + 2]
    const ends = !after || isVerbLike(after)
    if (!ends || !(isInfinitive(verb) || isParticiple(verb) || !after)) return
    const joined = known(verb, particle.lower)
    if (!joined) return
    found.push({ verb, particle, ...joined })
    taken.add(particle).add(verb)
  })
  clause.forEach((particle, at) => {
    if (taken.has(particle) || DA_ADVERBS.has(particle.lower)) return
    if (!isParticlePosition(clause, at)) return
    const before = clause.slice(0, at).filter((slot) => !taken.has(slot))
    const coordinator = before.findLastIndex((slot) => COORDINATORS.has(slot.lower))
    const nearest = coordinator >= 0 ? before.slice(coordinator + 1) : before
    // The part after "und" has its own finite verb when it comes first or second there
    // ("und lud …", "und er lud …") as a verb or a word no source knows (a strong form):
    // the particle is that verb's, or no one's.
    const ownVerb =
      coordinator >= 0 &&
      nearest
        .slice(0, 2)
        .some(
          (slot) =>
            !isCapitalised(slot.word.text) &&
            (bestPos(slot) === 'verb' || slot.readings.length === 0),
        )
    const reach = ownVerb ? nearest : [...nearest, ...before.slice(0, Math.max(coordinator, 0))]
    const candidates = [...reach]
      .reverse()
      .filter((slot) => isVerbLike(slot) || (slot.word.sentenceStart && !looksLikeNoun(slot)))
      .filter((slot) => !isCapitalised(slot.word.text) || slot.word.sentenceStart)
      .sort((a, b) => Number(isModal(a)) - Number(isModal(b)))
    for (const verb of candidates) {
      const joined = known(verb, particle.word.text)
      if (!joined) continue
      found.push({ verb, particle, ...joined })
      taken.add(verb).add(particle)
      return
    }
  })
  return found
}
