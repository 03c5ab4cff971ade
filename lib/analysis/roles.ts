import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import { SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import { adverbialRole } from './adverbs'
import type { Reading } from './readings'
import { verbRole } from './verbs'
import {
  bestPos,
  clauseSlots,
  hasPos,
  isCapitalised,
  isInfinitive,
  isParticiple,
  isPluralVerb,
  isVerbLike,
  looksLikeNoun,
  sentenceSlots,
  type Slot,
} from './sentence'

/**
 * What the sentence says a word is: its part of speech, sometimes its lemma (sie or Sie),
 * and the sense ids it wants, best first (`werden#passive`). A sense id the vocabulary
 * does not have is skipped, so a rule never invents a sense.
 */
export interface Role {
  pos: PartOfSpeech
  lemma?: string
  senses: string[]
}

/** What the whole text tells the rules: whether it addresses its reader as Sie. */
export interface TextSignals {
  formalAddress: boolean
  /**
   * A text an editor checked shows curated senses: where a word has curated readings, the
   * adjective rules choose among those (as `canBe` in adverbs.ts does).
   */
  reviewed?: boolean
}

/** Whether a rule may choose this reading of the word in this text. */
const mayChoose = (slot: Slot, reading: Reading, signals: TextSignals) =>
  !signals.reviewed ||
  reading.sources.includes('curated') ||
  !slot.readings.some((other) => other.sources.includes('curated'))

const role = (pos: PartOfSpeech, senses: string[] = [], lemma?: string): Role => ({
  pos,
  senses,
  ...(lemma ? { lemma } : {}),
})

const COMPARATIVES = new Set(['mehr', 'weniger', 'lieber', 'eher', 'besser', 'anders', 'sonst'])
const DEMONSTRATIVE_ONLY = new Set(['dessen', 'deren', 'denen'])
const FINITE = /(?:^|\.)(?:pres|pret|subj1|subj2)(?:\.|$)/u
// Words that stand between an article and its (perhaps left-out) noun: der beiden, die anderen.
const ARTICLE_FOLLOWERS =
  /^(?:beid|ander|meist|viel|wenig|einzig|letzt|nächst|erst|selb)(?:e|en|er|es|em)$/u

interface Around {
  slots: readonly Slot[]
  at: number
  slot: Slot
  clause: Slot[]
  sentence: Slot[]
  /** The next and previous word in the same sentence. */
  next?: Slot
  prev?: Slot
  /** Whether the word opens its clause (after a comma or at a sentence start). */
  opensClause: boolean
  /** The punctuation closing the sentence: its last character. */
  sentenceEnd: string
}

function around(slots: readonly Slot[], at: number, ends: ReadonlyMap<number, string>): Around {
  const slot = slots[at]!
  const sentence = sentenceSlots(slots, slot)
  const clause = clauseSlots(slots, slot)
  const next = slots[at + 1]?.sentence === slot.sentence ? slots[at + 1] : undefined
  const prev = slots[at - 1]?.sentence === slot.sentence ? slots[at - 1] : undefined
  return {
    slots,
    at,
    slot,
    clause,
    sentence,
    ...(next ? { next } : {}),
    ...(prev ? { prev } : {}),
    opensClause: clause[0] === slot,
    sentenceEnd: ends.get(slot.sentence) ?? '.',
  }
}

const lastOf = <T>(list: readonly T[]) => list[list.length - 1]

/** The verb a clause ends with, as in subordinate and relative clauses. */
const endsWithVerb = (clause: readonly Slot[]) =>
  clause.length > 1 && isVerbLike(lastOf(clause)) && !looksLikeNoun(lastOf(clause))

/** The finite verb nearest to a subject pronoun, before or after it in its clause. */
function verbOf(a: Around): Slot | undefined {
  const after = a.clause.slice(a.clause.indexOf(a.slot) + 1).find(isVerbLike)
  return a.next && isVerbLike(a.next) ? a.next : a.prev && isVerbLike(a.prev) ? a.prev : after
}

const isFiniteVerb = (slot: Slot | undefined) =>
  Boolean(
    slot &&
    !looksLikeNoun(slot) &&
    slot.readings.some(
      (reading) => reading.pos === 'verb' && reading.morph.some((code) => FINITE.test(code)),
    ),
  )
const INFLECTED = /(?:e|en|em|er|es)$/u
/** A declined adjective or participle (zunehmende, entwickelten) as a noun phrase has it. */
const isDeclinedAttribute = (slot: Slot) =>
  !looksLikeNoun(slot) && INFLECTED.test(slot.lower) && (hasPos(slot, 'adj') || isParticiple(slot))

/** The next word of the sentence, when nothing but quotes stands between: der „Begriff“. */
function nextInPhrase(a: Around): Slot | undefined {
  const next = a.next
  if (!next) return undefined
  return next.clause === a.slot.clause || /^[\s"'„“”»«‚‘’]*$/u.test(next.word.punctBefore)
    ? next
    : undefined
}

/** The slots after a word in its clause, up to its end. */
const restOfClause = (a: Around) => a.clause.slice(a.clause.indexOf(a.slot) + 1)

/**
 * A subject before a verb-second verb: „der Rest wird verbrannt“, „die ganze Welt soll …“ —
 * the noun phrase after the word, then a finite verb that does not end the clause, as it
 * would in a relative clause („…, die Kinder haben“).
 */
function subjectOfMainClause(a: Around): boolean {
  const rest = restOfClause(a)
  let at = 0
  while (rest[at] && isDeclinedAttribute(rest[at]!)) at++
  if (!looksLikeNoun(rest[at])) return false
  // A form that is also an infinitive (übertragen) may open a verb-final cluster instead.
  const verb = rest[at + 1]
  return isFiniteVerb(verb) && !isInfinitive(verb) && verb !== lastOf(rest)
}

/**
 * An article before an extended attribute: „die seit Mitte des Jahrhunderts zunehmende
 * Anzahl“, „dem als Schlüsselindustrie fungierenden Gewerbe“. After the word come phrases
 * (a preposition or als/wie opens one, its noun closes it), then, outside any of them, a
 * declined adjective or participle before a noun — before any finite verb.
 */
function beforeExtendedAttribute(a: Around): boolean {
  const rest = restOfClause(a)
  const opening = hasPos(rest[0], 'prep', 'contraction', 'adv', 'pron', 'conj')
  if (!rest[0] || looksLikeNoun(rest[0]) || !opening) return false
  let open = 0
  for (const [i, slot] of rest.entries()) {
    if (looksLikeNoun(slot)) {
      open = Math.max(0, open - 1)
      continue
    }
    // A declined form before a noun is an attribute, even one that could be a past tense
    // (spezialisierte); any other finite verb ends the search.
    const head = rest.slice(i + 1).find((other) => !isDeclinedAttribute(other))
    const attribute = isDeclinedAttribute(slot) && looksLikeNoun(head)
    if (attribute && open === 0 && i > 0) return true
    if (!attribute && isFiniteVerb(slot)) return false
    if (hasPos(slot, 'prep', 'contraction', 'conj')) open++
  }
  return false
}

/**
 * A relative clause ends with its finite verb, or its part before und / oder does; a
 * zu-infinitive (um die Hilfe … zu stellen) ends no relative clause.
 */
function verbFinal(clause: readonly Slot[]): boolean {
  const ends = (part: readonly Slot[]) => {
    const before = part[part.length - 2]
    return endsWithVerb(part) && before?.lower !== 'zu' && !isZuInfinitive(lastOf(part)!)
  }
  return clause.some(
    (slot, i) =>
      (i === clause.length - 1 || COORDINATING.has(clause[i + 1]!.lower)) &&
      ends(clause.slice(0, i + 1)),
  )
}
const isZuInfinitive = (slot: Slot) =>
  slot.readings.some((reading) => reading.morph.some((code) => code.split('.').includes('zuinf')))
const COORDINATING = new Set(['und', 'oder'])

// der, die, das …: article before a noun phrase, relative pronoun opening a verb-final
// clause after a comma, demonstrative standing for a noun.
function determiner(a: Around): Role {
  const afterComma = a.opensClause && a.at > 0 && a.slot.word.punctBefore.includes(',')
  const afterPreposition =
    a.prev &&
    a.prev.clause === a.slot.clause &&
    a.clause[0] === a.prev &&
    a.prev.word.punctBefore.includes(',') &&
    hasPos(a.prev, 'prep')
  const relative = (afterComma || afterPreposition) && verbFinal(a.clause)
  if (DEMONSTRATIVE_ONLY.has(a.slot.lower))
    return role('pron', relative ? ['relative'] : ['demonstrative'], 'der')
  const next = nextInPhrase(a)
  const article = role('art', ['article'], 'der')
  // Before a number only an ordinal's noun follows: des 18. Jahrhunderts.
  if (next?.word.number !== undefined || subjectOfMainClause(a)) return article
  // After a preposition that may be a conjunction (während), a noun phrase is the article's;
  // after any other it is a relative pronoun's clause (an dem Prof. Bonk … teilnahm).
  const conjunctionBefore = afterPreposition && hasPos(a.prev, 'conj')
  if (conjunctionBefore && (looksLikeNoun(next) || beforeExtendedAttribute(a))) return article
  // A noun phrase and a participle with no finite verb is a phrase of its own, not a
  // relative clause: „…, die Ränder von Rost zerfressen, …“.
  const last = lastOf(a.clause)
  const participleLast =
    isParticiple(last) || Boolean(last?.readings.some((reading) => reading.morph.includes('pp')))
  const absolute = looksLikeNoun(next) && participleLast
  if (relative && !absolute) return role('pron', ['relative'], 'der')
  if (beforeExtendedAttribute(a)) return article
  // An article needs a noun after it: "das länger zu dulden", "es sei das ganz anders".
  const nounFollows = looksLikeNoun(next) || restOfClause(a).some(looksLikeNoun)
  // "die anderen", "der beiden": the noun left out after a word that stands for it.
  const standsForNoun = next && (next.readings.length === 0 || ARTICLE_FOLLOWERS.test(next.lower))
  if (!nounFollows && !standsForNoun) return role('pron', ['demonstrative'], 'der')
  // "Das weiß ich": a finite verb next, no noun after it (weiß is also "white").
  const afterNext = a.slots[a.at + 2]
  const verbNext =
    next?.readings.some(
      (reading) => reading.pos === 'verb' && reading.morph.some((code) => FINITE.test(code)),
    ) && !(afterNext && afterNext.sentence === a.slot.sentence && looksLikeNoun(afterNext))
  if (verbNext) return role('pron', ['demonstrative'], 'der')
  // "Das alles", "darf man das nicht": a pronoun or particle next, the word stands alone.
  const alone =
    next &&
    !ARTICLE_FOLLOWERS.test(next.lower) &&
    (bestPos(next) === 'pron' || bestPos(next) === 'particle')
  if (alone) return role('pron', ['demonstrative'], 'der')
  const beforeNounPhrase =
    next &&
    (looksLikeNoun(next) ||
      ARTICLE_FOLLOWERS.test(next.lower) ||
      hasPos(next, 'adj', 'num') ||
      (!isVerbLike(next) && hasPos(next, 'adv')) ||
      isParticiple(next) ||
      // A word no source knows before a noun is its adjective (die steingewordenen Versuche).
      (next.readings.length === 0 && looksLikeNoun(a.slots[a.at + 2])))
  if (beforeNounPhrase) return article
  return role('pron', ['demonstrative'], 'der')
}

function werden(a: Around): Role {
  const rest = a.clause.filter((other) => other !== a.slot)
  if (a.slot.lower.startsWith('würd')) return role('verb', ['would', 'future'])
  if (rest.some((other) => other.lower === 'worden' || isParticiple(other)))
    return role('verb', ['passive'])
  if (rest.some((other) => isInfinitive(other) && other.lower !== a.slot.lower))
    return role('verb', ['future'])
  return role('verb', ['become'])
}

/**
 * A participle as haben/sein build a tense with it: uninflected (ist gegangen, hat verborgen),
 * not declined before a noun (sind dem gefährlichen Dunstkreis zu nah, was an den geltenden
 * Gesetzen zu ändern sei), which is an adjective and leaves the verb a full verb.
 */
const isTenseParticiple = (slot: Slot) =>
  isParticiple(slot) &&
  slot.readings.some(
    (reading) =>
      reading.morph.includes('pp') || (reading.pos === 'adj' && reading.lemma === slot.lower),
  )

function auxiliary(a: Around, full: string): Role {
  const rest = a.clause.filter((other) => other !== a.slot)
  return rest.some(isTenseParticiple) ? role('verb', ['auxiliary', full]) : role('verb', [full])
}

// meinen, deinem, unsere …: before a noun (or its adjective) the possessive, not a verb.
const POSSESSIVE = /^(mein|dein|sein|unser|euer|eur)(?:e|en|em|er|es)?$/u

function possessive(a: Around): Role | undefined {
  const stem = POSSESSIVE.exec(a.slot.lower)?.[1]
  if (!stem || !a.next || !(looksLikeNoun(a.next) || hasPos(a.next, 'adj'))) return undefined
  return role('pron', ['his'], stem === 'eur' ? 'euer' : stem)
}

/** sie, Sie, ihr, Ihr: by capitals, the verb's number and what follows. */
function personal(a: Around, signals: TextSignals): Role | undefined {
  const { slot } = a
  const text = slot.word.text
  const possessive = a.next && (looksLikeNoun(a.next) || hasPos(a.next, 'adj'))
  if (slot.lower === 'sie') {
    if (text === 'Sie' && !slot.word.sentenceStart) return role('pron', ['formal'], 'Sie')
    const verb = verbOf(a)
    const plural = verb ? isPluralVerb(verb) : false
    if (text === 'Sie' && plural && signals.formalAddress) return role('pron', ['formal'], 'Sie')
    return role('pron', plural ? ['they'] : ['she', 'it'], 'sie')
  }
  if (slot.lower === 'ihr') {
    if (possessive) {
      const formal = text === 'Ihr' && (!slot.word.sentenceStart || signals.formalAddress)
      return formal ? role('pron', [], 'Ihr') : role('pron', ['her', 'their'], 'ihr')
    }
    const verb = verbOf(a)
    // ihr habt, habt ihr: the plural "you" takes a verb in -t.
    if (verb && /t$/u.test(verb.lower) && !/(?:en|n)$/u.test(verb.lower))
      return role('pron', ['you'], 'ihr')
    return role('pron', ['she'], 'sie')
  }
  return undefined
}

function zu(a: Around): Role | undefined {
  const next = a.next
  if (!next || next.clause !== a.slot.clause) return undefined
  if (isInfinitive(next) && !looksLikeNoun(next)) return role('particle', ['infinitive'])
  const afterNext = a.slots[a.at + 2]
  const gradable = !looksLikeNoun(next) && hasPos(next, 'adj', 'adv') && !hasPos(next, 'art')
  if (gradable && (!afterNext || afterNext.clause !== a.slot.clause || !looksLikeNoun(afterNext)))
    return role('adv', ['too'])
  return role('prep', ['preposition'])
}

// A particle verb's zu-infinitive no source knows: herzutappen, anzufangen.
const ZU_INFINITIVE_SHAPE = new RegExp(
  `^(?:${SEPARABLE_PARTICLES.join('|')})zu\\p{Ll}{2,}e?n$`,
  'u',
)

/** um … zu + infinitive joins a purpose clause; otherwise um heads a phrase (um den Leib). */
function um(a: Around): Role {
  const rest = restOfClause(a)
  const purpose = rest.some(
    (slot, i) =>
      isZuInfinitive(slot) ||
      ZU_INFINITIVE_SHAPE.test(slot.lower) ||
      (slot.lower === 'zu' && isInfinitive(rest[i + 1])),
  )
  return purpose ? role('conj') : role('prep')
}

function wie(a: Around): Role {
  const before = a.sentence.slice(0, a.sentence.indexOf(a.slot))
  if (before.some((other) => ['so', 'genauso', 'ebenso', 'doppelt'].includes(other.lower)))
    return role('conj', ['like'])
  if (a.opensClause && (a.sentenceEnd === '?' || endsWithVerb(a.clause)))
    return questionOrComparison(a)
  return role('conj', ['like'])
}

// Verbs that take an indirect question (ich weiß nicht, wie …; schreibt mir, wie …).
const QUESTION_VERBS = new Set([
  ...['wissen', 'fragen', 'sagen', 'zeigen', 'erklären', 'schreiben', 'erzählen', 'sehen'],
  ...['hören', 'verstehen', 'überlegen', 'beschreiben', 'erfahren', 'merken', 'wundern'],
  ...['staunen', 'lernen', 'entscheiden', 'beobachten', 'vorstellen', 'ahnen', 'vergessen'],
  ...['prüfen', 'klären', 'berichten', 'mitteilen', 'zweifeln', 'raten', 'herausfinden'],
])

/**
 * wie opening a verb-final clause after other words of its sentence: asking "how" before
 * the adjective it grades (wie fidel du warst) or after a verb that takes a question (ich
 * weiß nicht, wie …; schreibt mir, wie es gelaufen ist); else it compares or tells when
 * (Erlebtes, wie Ströme … zusammenfließen; neulich, wie wir … waren; endlich, wie man sagt).
 */
function questionOrComparison(a: Around): Role {
  const how = role('adv', ['how'])
  if (!a.prev || a.sentenceEnd === '?') return how
  const next = nextInPhrase(a)
  if (next && !looksLikeNoun(next) && hasPos(next, 'adj', 'adv') && !hasPos(next, 'pron', 'art'))
    return how
  const before = a.sentence.slice(0, a.sentence.indexOf(a.slot))
  const asks = before.some(
    (other) =>
      !looksLikeNoun(other) &&
      other.readings.some((reading) => reading.pos === 'verb' && QUESTION_VERBS.has(reading.lemma)),
  )
  return asks ? how : role('conj', ['like'])
}

function als(a: Around): Role {
  if (a.next?.lower === 'ob') return role('conj', ['as-if'])
  const prev = a.prev
  if (isComparative(prev)) return role('conj', ['than'])
  if (a.opensClause && endsWithVerb(a.clause)) return role('conj', ['when'])
  return role('conj', ['as'])
}

/**
 * The sense a verb's clause asks for. meinen before a clause (er meint, es sei zu spät; weil er
 * meinte, die Werkstatt sei zu klein) gives a view: "to think, to say"; with only an object
 * or nothing after it (was ich meine; ich meine das Buch), "to mean".
 */
function verbSenses(a: Around, lemma: string): string[] {
  if (lemma !== 'meinen') return []
  const after = a.sentence.slice(a.sentence.indexOf(a.slot) + 1)
  const clauseFollows = after.some(isFiniteVerb) || ['dass', 'daß'].includes(after[0]?.lower ?? '')
  return clauseFollows ? ['say'] : ['mean']
}

/** Modal particles sit inside a clause; at its start the same words join clauses or answer. */
function particleOr(a: Around, other: Role): Role {
  return a.opensClause ? other : role('particle', ['particle'])
}

function modal(a: Around): Role | undefined {
  const { slot } = a
  const standsAlone = !a.next || a.next.clause !== slot.clause
  switch (slot.lower) {
    case 'ja':
      return a.opensClause && standsAlone ? role('intj', ['answer']) : particleOr(a, role('intj'))
    case 'doch':
      if (a.opensClause && standsAlone) return role('particle', ['answer', 'particle'])
      // und doch, aber doch: "and yet", the adverb.
      if (COORDINATORS.has(a.prev?.lower ?? '')) return role('adv')
      return particleOr(a, role('conj'))
    case 'denn':
      return particleOr(a, role('conj'))
    case 'mal':
      return a.prev && hasPos(a.prev, 'num')
        ? role('adv', ['times'])
        : role('particle', ['particle'])
    case 'halt':
      return a.opensClause && standsAlone ? role('intj') : role('particle', ['particle'])
    case 'schon':
    case 'nur':
    case 'etwa': {
      const mood = a.sentenceEnd === '?' || a.sentenceEnd === '!'
      return mood && !a.opensClause ? role('particle', ['particle']) : role('adv')
    }
    case 'eben': {
      const perfect = lastOf(a.clause) !== slot && isParticiple(lastOf(a.clause))
      return perfect ? role('adv') : role('particle', ['particle'])
    }
    case 'wohl':
      return role('particle', ['particle'])
    case 'noch':
      return noch(a)
    case 'gar':
      return NEGATIONS.test(a.next?.lower ?? '') ? role('particle', ['at-all']) : undefined
    case 'zwar':
      // und zwar names more precisely what was just said: "namely".
      return a.prev?.lower === 'und' ? role('adv', ['namely']) : undefined
    case 'mit':
      // Before another preposition it has no object: "too, along" (gehörten mit zum Kreis,
      // kommst du mit in die Stadt).
      return a.next?.clause === slot.clause && hasPos(a.next, 'prep', 'contraction')
        ? role('adv')
        : undefined
    case 'erst':
      // Right before the finite verb or einmal it orders (erst will ich essen; erst einmal):
      // "first"; before a time or a phrase (erst morgen, erst nach dem Essen) "only, not until".
      return isFiniteVerb(a.next) || FIRST_OF_ALL.has(a.next?.lower ?? '')
        ? role('adv', ['first'])
        : undefined
    default:
      return undefined
  }
}

/** Conjunctions after which doch is the adverb "yet" (und doch, aber doch). */
const COORDINATORS = new Set(['und', 'aber', 'oder'])

/** What erst einmal, erst mal say: first of all. */
const FIRST_OF_ALL = new Set(['einmal', 'mal'])

/** Words that negate: gar before one of them intensifies it (gar nicht, gar keine: at all). */
const NEGATIONS = /^(?:nicht|nichts|nie|niemals|niemand|kein(?:e|en|em|er|es)?)$/u

/** A comparative: the irregular ones, or an adjective or adverb in -er (größer, schneller). */
const isComparative = (slot: Slot | undefined) =>
  Boolean(
    slot &&
    (COMPARATIVES.has(slot.lower) ||
      (/(?:er|ere|eren|erer|eres|erem)$/u.test(slot.lower) && hasPos(slot, 'adj', 'adv'))),
  )

/** A number, in digits or words (zehn Eier, 3 Tage). */
const isNumber = (slot: Slot | undefined) =>
  Boolean(slot && (slot.word.number !== undefined || hasPos(slot, 'num')))

/**
 * noch before a comparative grades it (noch größer: even); before a number it adds (noch
 * zehn Eier: also, more); otherwise its commonest sense is "still" (noch in der Hand, noch
 * nicht, kaum noch). In weder … noch it is the conjunction, left alone.
 */
function noch(a: Around): Role | undefined {
  if (a.sentence.some((other) => other.lower === 'weder')) return undefined
  if (isComparative(a.next)) return role('adv', ['even'])
  return isNumber(a.next) ? role('adv', ['also']) : role('adv', ['still', 'also'])
}

/**
 * A word that is an adverb and a conjunction (da, damit, ehe) opening a clause whose finite
 * verb ends it is the conjunction (Da nun die Krähe … verschwand; damit er … wird); with its
 * verb right after it, the adverb (Da kam eine Bauersfrau).
 */
// Adverbs that also open a subordinate clause; not nur, noch, doch, which open main
// clauses or join words (nur um … zu, weder … noch).
const SUBORDINATING_ADVERBS = new Set(['da', 'damit', 'seitdem', 'ehe', 'eh', 'solange', 'sobald'])

function subordinating(a: Around): Role | undefined {
  const { slot } = a
  if (!SUBORDINATING_ADVERBS.has(slot.lower) || !a.opensClause || !hasPos(slot, 'conj'))
    return undefined
  if (a.next?.clause !== slot.clause || isFiniteVerb(a.next)) return undefined
  const last = lastOf(a.clause)
  return last !== slot && isFiniteVerb(last) ? role('conj') : undefined
}

/**
 * A capitalised adjective before its noun is the adjective, as names and titles write it (die
 * Deutsche Gesellschaft, die Industrielle Revolution, Defekte elektronische Geräte): its noun
 * may follow other declined adjectives. Two nouns seldom stand side by side in a clause.
 */
function capitalisedAttribute(a: Around, signals: TextSignals): Role | undefined {
  const { slot } = a
  if (!isCapitalised(slot.word.text) || slot.word.text === slot.word.text.toUpperCase())
    return undefined
  const adjective = slot.readings.find(
    (reading) =>
      reading.pos === 'adj' && !isCapitalised(reading.lemma) && mayChoose(slot, reading, signals),
  )
  if (!adjective || !INFLECTED.test(slot.lower)) return undefined
  // A function word's own adjective reading (Eine, einer) is left to its rules.
  if (hasPos(slot, 'art', 'prep', 'conj', 'num')) return undefined
  const rest = restOfClause(a)
  let at = 0
  while (rest[at] && !looksLikeNoun(rest[at]) && isDeclinedAttribute(rest[at]!)) at++
  const head = rest[at]
  if (!head || !looksLikeNoun(head) || (at === 0 && nextInPhrase(a) !== head)) return undefined
  // Before a name it is a noun in apposition: der Abgeordnete Lauterbach.
  if (bestPos(head) === 'propn') return undefined
  return role('adj', [], adjective.lemma)
}

// Words that open a noun phrase: articles, possessives, demonstratives.
const NOUN_PHRASE_OPENERS =
  /^(?:der|die|das|dem|den|des|k?ein(?:e|en|em|er|es)?|(?:mein|dein|sein|ihr|unser|euer|eur|dies|jen|jed|welch|manch|solch)(?:e|en|em|er|es)?)$/u

/**
 * A declined adjective between a determiner and its noun is the adjective, whatever else its
 * form may be (ein sehr lieber Mensch: lieb, not gern's lieber; deine lange Mail: lang, not
 * the adverb lange). Grading adverbs may stand between (sehr, so, ganz); the noun may follow
 * other adjectives or und with one.
 */
function attributeAfterDeterminer(a: Around, signals: TextSignals): Role | undefined {
  const { slot } = a
  if (isCapitalised(slot.word.text) || !INFLECTED.test(slot.lower)) return undefined
  const adjective = slot.readings.find(
    (reading) =>
      reading.pos === 'adj' &&
      reading.morph.some((code) => code.includes('decl')) &&
      mayChoose(slot, reading, signals),
  )
  if (!adjective || bestPos(slot) === 'adj') return undefined
  const before = a.clause.slice(0, a.clause.indexOf(slot))
  let at = before.length - 1
  while (before[at] && bestPos(before[at]) === 'adv' && !looksLikeNoun(before[at])) at--
  if (!before[at] || !NOUN_PHRASE_OPENERS.test(before[at]!.lower)) return undefined
  const rest = restOfClause(a)
  let next = 0
  while (rest[next] && (COORDINATING.has(rest[next]!.lower) || isDeclinedAttribute(rest[next]!)))
    next++
  return looksLikeNoun(rest[next]) && next < rest.length
    ? role('adj', [], adjective.lemma)
    : undefined
}

const DETERMINERS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', ...DEMONSTRATIVE_ONLY])

/** weiter declined: weitere, weiteren, weiterer … */
const DECLINED_WEITER = /^weiter(?:e|en|em|er|es)$/u

/**
 * weitere, weiteren … are most often the adjective weiter, "further, other, additional" (ein
 * weiterer Faktor, mit weiteren Freunden); with als in their clause they compare, and are
 * weit's comparative (ein weiterer Weg als gedacht: farther), left to the other rules.
 */
function further(a: Around): Role | undefined {
  if (!DECLINED_WEITER.test(a.slot.lower)) return undefined
  if (restOfClause(a).some((slot) => slot.lower === 'als')) return undefined
  return role('adj', ['adj'], 'weiter')
}

/** The role the sentence gives a word, when a rule knows its kind of word. */
export function roleOf(
  slots: readonly Slot[],
  at: number,
  ends: ReadonlyMap<number, string>,
  signals: TextSignals,
): Role | undefined {
  const a = around(slots, at, ends)
  const { lower } = a.slot
  if (DETERMINERS.has(lower)) return determiner(a)
  const attribute =
    further(a) ?? capitalisedAttribute(a, signals) ?? attributeAfterDeterminer(a, signals)
  if (attribute) return attribute
  if (lower === 'werden' || /^(?:werde|wirst|wird|werdet|wurde|wurden|wurdest|würde)/u.test(lower))
    return lower === 'worden' ? role('verb', ['passive']) : werden(a)
  const owner = possessive(a)
  if (owner) return owner
  if (a.slot.readings.some((r) => r.lemma === 'haben' && r.pos === 'verb'))
    return auxiliary(a, 'have')
  if (a.slot.readings.some((r) => r.lemma === 'sein' && r.pos === 'verb')) {
    return auxiliary(a, 'be')
  }
  const verb = verbRole({
    slot: a.slot,
    ...(a.prev?.clause === a.slot.clause ? { prev: a.prev } : {}),
    ...(a.next ? { next: a.next } : {}),
    opensClause: a.opensClause,
    endsClause: lastOf(a.clause) === a.slot,
    ...(a.slots[a.at - 2]?.clause === a.slot.clause ? { beforeSubject: a.slots[a.at - 2] } : {}),
    before: a.clause.slice(0, a.clause.indexOf(a.slot)),
    after: restOfClause(a),
  })
  if (verb) return role(verb.pos, verbSenses(a, verb.lemma), verb.lemma)
  if (lower === 'zu') return zu(a)
  if (lower === 'um') return um(a)
  if (lower === 'wie') return wie(a)
  if (lower === 'als') return als(a)
  const joining = subordinating(a)
  if (joining) return joining
  const mood = personal(a, signals) ?? modal(a)
  if (mood) return mood
  const next = a.next?.clause === a.slot.clause ? a.next : undefined
  const pos = adverbialRole({
    slot: a.slot,
    ...(a.prev?.clause === a.slot.clause ? { prev: a.prev } : {}),
    ...(next ? { next } : {}),
    alone: a.sentence.length === 1,
  })
  return pos ? role(pos) : undefined
}

/** The sentence-final punctuation of each sentence of a block, by sentence index. */
export function sentenceEnds(slots: readonly Slot[], closing: string): Map<number, string> {
  const ends = new Map<number, string>()
  slots.forEach((slot, i) => {
    const next = slots[i + 1]
    if (next && next.sentence !== slot.sentence) {
      const mark = /[.!?:]/u.exec([...next.word.punctBefore].reverse().join(''))
      if (mark) ends.set(slot.sentence, mark[0])
    }
  })
  const last = slots[slots.length - 1]
  const mark = /[.!?:]/u.exec([...closing].reverse().join(''))
  if (last && mark) ends.set(last.sentence, mark[0])
  return ends
}

/** Whether a text speaks to its reader as Sie: Sie, Ihnen or Ihr inside a sentence. */
export function textSignals(slots: readonly Slot[], reviewed = false): TextSignals {
  return {
    reviewed,
    formalAddress: slots.some(
      (slot) =>
        !slot.word.sentenceStart &&
        ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer'].includes(slot.word.text),
    ),
  }
}

export { isCapitalised, bestPos }
