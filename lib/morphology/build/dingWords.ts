import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import { isOutdatedSpelling, longEszettStems } from './eszett'
import type { Paradigm } from './paradigm'
import type { MorphSources } from './sources'

/** Parts of speech the LanguageTool lists leave out, which do not inflect (or barely). */
const UNINFLECTED: ReadonlySet<PartOfSpeech> = new Set([
  'adv',
  'prep',
  'conj',
  'pron',
  'art',
  'num',
  'particle',
  'intj',
])
const SINGLE_WORD = /^\p{L}+$/u

/**
 * Ding's adverbs, prepositions, conjunctions and other small words, and the adjectives the
 * LanguageTool list lacks (lila, mehr), each its own only form, uninflected: so that the
 * lexicon knows "dass" and "sehr", and an old "daß" can be checked against it. Ding lists old
 * and Swiss spellings too (daß, zuckersüss); those with a modern twin are left to
 * lib/morphology/spelling. `inflected` are the paradigms built from the LanguageTool lists.
 */
export function dingWordParadigms(
  { ding, adjectives }: MorphSources,
  inflected: readonly Paradigm[],
): Paradigm[] {
  const words = ding.entries.filter(
    ([lemma, pos]) =>
      SINGLE_WORD.test(lemma) &&
      (UNINFLECTED.has(pos) || (pos === 'adj' && !Object.hasOwn(adjectives, lemma))),
  )
  const forms = inflected.flatMap((paradigm) => paradigm.forms.map(([form]) => form))
  const known = new Set([...forms, ...words.map(([lemma]) => lemma)])
  const longStems = longEszettStems(forms)
  return words
    .filter(([lemma]) => !isOutdatedSpelling(lemma, known, longStems))
    .map(([lemma, pos]) => ({ lemma, pos, gender: '', particle: '', forms: [[lemma, '', false]] }))
}
