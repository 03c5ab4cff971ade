/**
 * Morphological analyses are written as dot-joined feature codes (`3.sg.pres`, `gen.pl`,
 * `zuinf`). The codes are data in `content/lexicon.json` and annotations; their labels are
 * interface strings.
 */
export const morphGroups = {
  person: ['1', '2', '3'],
  number: ['sg', 'pl'],
  tense: ['pres', 'pret'],
  mood: ['subj1', 'subj2', 'imp', 'formal'],
  nonFinite: ['inf', 'zuinf', 'pp', 'ppres'],
  case: ['nom', 'acc', 'dat', 'gen'],
  gender: ['m', 'f', 'n'],
  degree: ['comp', 'sup', 'decl'],
  other: ['trunc', 'old', 'swiss'],
} as const

export type MorphFeature = (typeof morphGroups)[keyof typeof morphGroups][number]
export const morphFeatures: readonly MorphFeature[] = Object.values(morphGroups).flat()

const featureSet = new Set<string>(morphFeatures)

/** The codes of `code` that are not known features; empty when the code is valid. */
export function unknownMorphFeatures(code: string): string[] {
  return code.split('.').filter((feature) => !featureSet.has(feature))
}

export type MorphLabels = Record<MorphFeature, string> & {
  /** Joins alternative analyses: "or" / "oder". */
  or: string
}

/**
 * Renders one analysis in a fixed order whatever the order of its codes: person and number
 * read as one phrase (`pres.sg.3` → "3rd person singular, present"); without a person, case,
 * number and gender do (`sg.gen` → "genitive singular"). Other groups follow, comma-separated.
 */
export function describeMorph(code: string, labels: MorphLabels): string {
  const features = new Set(code.split('.'))
  const words = (group: readonly MorphFeature[]) =>
    group.filter((feature) => features.has(feature)).map((feature) => labels[feature])
  const { person, number, tense, mood, nonFinite, gender, degree, other } = morphGroups
  const hasPerson = words(person).length > 0
  const phrases = [
    hasPerson ? [...words(person), ...words(number)] : [],
    words(tense),
    words(mood),
    words(nonFinite),
    [...words(morphGroups.case), ...(hasPerson ? [] : words(number)), ...words(gender)],
    words(degree),
    words(other),
  ]
  return phrases
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => phrase.join(' '))
    .join(', ')
}

/** Several analyses of one form, most likely first: "genitive singular or plural". */
export function describeMorphs(codes: readonly string[], labels: MorphLabels): string {
  return codes.map((code) => describeMorph(code, labels)).join(` ${labels.or} `)
}
