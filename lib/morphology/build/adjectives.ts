import { comparisonForms } from './comparison'
import type { FormEntry, Paradigm } from './paradigm'
import type { LtCase, MorphSources } from './sources'
import { modernizer } from './spelling'

const CASES: Record<LtCase, string> = { NOM: 'nom', GEN: 'gen', DAT: 'dat', AKK: 'acc' }
/** The source's article columns (weak, mixed, strong) share codes: the article tells them. */
const ARTICLES = ['DEF', 'IND', 'SOL'] as const
const GENDERS = { M: 'sg.m', F: 'sg.f', N: 'sg.n', P: 'pl' } as const

/**
 * Adjectives from german-adjectives-dict: the base (no code), its declined forms and their
 * comparison.
 */
export function adjectiveParadigms({ adjectives, nouns }: MorphSources): Paradigm[] {
  const isNoun = (lemma: string) => Object.hasOwn(nouns, lemma)
  const paradigms = new Map<string, FormEntry[]>()
  for (const [lemma, adjective] of Object.entries(adjectives)) {
    const declined: FormEntry[] = []
    for (const [key, kase] of Object.entries(CASES)) {
      for (const article of ARTICLES) {
        const byGender = adjective[key as LtCase]?.[article]
        for (const [gender, code] of Object.entries(GENDERS)) {
          const form = byGender?.[gender as keyof typeof GENDERS]
          if (form) declined.push([form, `${kase}.${code}.decl`, false])
        }
      }
    }
    paradigms.set(lemma, [
      [lemma, '', false],
      ...declined,
      ...comparisonForms(lemma, declined, isNoun),
    ])
  }
  const modern = modernizer(
    new Map([...paradigms].map(([lemma, forms]) => [lemma, forms.map(([form]) => form)])),
  )
  return [...paradigms].map(([lemma, forms]) => {
    const spell = modern(lemma)
    return {
      lemma: spell(lemma),
      pos: 'adj',
      gender: '',
      particle: '',
      forms: forms.map(([form, code]): FormEntry => [spell(form), code, false]),
    }
  })
}
