// Grammar vocabulary shared by the data schemas and the browser: no zod here, so importing
// it never ships a validator.
export const partsOfSpeech = [
  'noun',
  'propn',
  'verb',
  'adj',
  'adv',
  'prep',
  'conj',
  'pron',
  'art',
  'num',
  'particle',
  'intj',
  'abbr',
  'contraction',
  'phrase',
  'idiom',
] as const
export type PartOfSpeech = (typeof partsOfSpeech)[number]

export const genders = ['m', 'f', 'n', 'pl'] as const
export type Gender = (typeof genders)[number]
