import type { Entry } from '@/lib/vocabulary/schema'
import { INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES } from './closedClass'
import type { DictEntry } from './dictionary'
import type { PartOfSpeech } from '@/lib/vocabulary/grammar'

/** The reading an entry is drafted from: the engine's choice for a word, with its Ding entry. */
export interface SuggestionReading {
  lemma: string
  pos: PartOfSpeech
  entry: DictEntry
  parts?: { text: string; entry?: DictEntry }[]
  /** Found split in the text (räumt … auf). */
  split?: boolean
}
import { firstGloss, readSense } from './senses'

/** A drafted entry and what an editor should check before taking it. */
export interface Suggestion {
  key: string
  entry: Entry
  /** The forms of the text that point to it, besides the lemma itself. */
  forms: string[]
  check: string[]
}

const ARTICLE_OF = { m: 'des', n: 'des', f: 'der' } as const

function genitiveOf(lemma: string, gender: 'm' | 'f' | 'n'): string {
  if (gender === 'f') return `der ${lemma}`
  // Monosyllables and nouns in s, ß, x, z take -es; the rest -s.
  const ending = /[sßxz]$/u.test(lemma) || !/[aeiouäöü].*[aeiouäöü]/u.test(lemma) ? 'es' : 's'
  return `${ARTICLE_OF[gender]} ${lemma}${ending}`
}

/**
 * Principal parts from the forms Ding lists for a verb, with weak-verb defaults where it
 * lists none: infinitive, 3rd person present, past, perfect with "hat".
 */
export function principalPartsOf(
  lemma: string,
  listed: readonly string[],
): [string, string, string, string] {
  const particle = SEPARABLE_PARTICLES.find(
    (p) => lemma.startsWith(p) && lemma.length > p.length + 3,
  )
  const base = particle ? lemma.slice(particle.length) : lemma
  const stem = base.replace(/e?n$/u, '')
  const dental = /[dt]$/u.test(stem)
  const inseparable = INSEPARABLE_PREFIXES.some(
    (p) => base.startsWith(p) && base.length > p.length + 3,
  )
  const split = (form: string) => (particle ? `${form} ${particle}` : form)
  // Ding lists separated forms with their particle; a form must begin as the verb does.
  const finite = listed
    .filter((form) => (particle ? form.endsWith(` ${particle}`) : !form.includes(' ')))
    .map((form) => form.split(' ')[0]!)
    .filter(
      (form) => form[0] === base[0] && form.length <= base.length + 1 && !form.endsWith('end'),
    )
  const past0 = finite.find((form) => form.endsWith('te'))
  const strong = !past0 && finite.some((form) => !form.endsWith('t'))
  const participle = inseparable
    ? (listed.find(
        (form) =>
          !form.includes(' ') &&
          form.startsWith(base.slice(0, 3)) &&
          form.endsWith('en') &&
          form !== lemma,
      ) ?? (strong ? lemma : `${stem}${dental ? 'et' : 't'}`))
    : (listed.find(
        (form) => !form.includes(' ') && form.includes('ge') && /(?:[^s]t|en)$/u.test(form),
      ) ?? `${particle ?? ''}ge${stem}${dental ? 'et' : 't'}`)
  const present =
    finite.find((form) => /[^s]t$/u.test(form) && form !== participle) ??
    `${stem}${dental ? 'et' : 't'}`
  const past =
    past0 ??
    finite.find((form) => form !== present && form !== base && !form.endsWith('t')) ??
    `${stem}${dental ? 'ete' : 'te'}`
  return [lemma, split(present), split(past), `hat ${participle}`]
}

/** The first English sense, cut to its first two glosses: a gloss, not a dictionary article. */
function glossOf(analysis: SuggestionReading): string {
  // A vocabulary entry wants the plain sense, and a construction ("to pull sb.'s leg") may
  // rank first: a sense without object placeholders is likelier to be the plain one.
  const senses = analysis.entry?.senses ?? []
  const sense = senses.find((s) => !/\b(?:sb|sth)\./u.test(s)) ?? senses[0] ?? ''
  return readSense(sense).glosses.slice(0, 2).join('; ')
}

/**
 * Drafts an English entry for a word the curated vocabulary lacks, from the lemmatiser's
 * best reading and its Ding entry. Guessed fields are named in `check`.
 */
export function suggestEntry(
  analysis: SuggestionReading,
  listedForms: readonly string[],
): Suggestion | undefined {
  const { lemma, entry } = analysis
  const check: string[] = [`Ding: ${entry.senses.join(' | ')}`]
  const gloss = glossOf(analysis)
  const pos = analysis.pos === 'propn' ? 'propn' : entry.pos
  const draft: Entry = { pos, gloss } as Entry
  if (pos === 'noun') {
    const gender = entry.gender ?? 'm'
    draft.gender = gender
    if (gender !== 'pl') {
      draft.genitive = genitiveOf(lemma, gender)
      check.push('genitive guessed')
    }
    draft.plural = entry.plural ? `die ${entry.plural}` : null
    if (!entry.plural) check.push('no plural in Ding')
  }
  if (pos === 'verb') {
    draft.principalParts = principalPartsOf(lemma, listedForms)
    check.push('principal parts: check the past and the auxiliary (hat/ist)')
    if (
      analysis.split === true ||
      SEPARABLE_PARTICLES.some((p) => lemma.startsWith(p) && lemma.length > p.length + 3)
    )
      draft.separable = true
  }
  const parts = analysis.parts
  if (parts && parts.every((part) => part.entry)) {
    draft.compound = parts.map((part) => ({
      part: part.text,
      gloss: firstGloss(part.entry!.senses[0]!),
    }))
    check.push('compound: check the parts and the whole gloss')
  }
  return { key: lemma, entry: draft, forms: [], check }
}
