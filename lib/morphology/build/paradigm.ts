import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'

/** A full form with one morph code ("dat.pl"; "" for none) and whether it is separated. */
export type FormEntry = readonly [form: string, code: string, separated: boolean]

/** A lexeme and its forms, as the build collects them before packing. */
export interface Paradigm {
  lemma: string
  pos: PartOfSpeech
  gender: Gender | ''
  /** A separable verb's particle; '' otherwise. */
  particle: string
  forms: FormEntry[]
}

/** Plain code-unit order, independent of the locale. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
