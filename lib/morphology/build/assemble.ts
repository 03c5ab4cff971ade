import { FEATURE_RADIX, packReading, type Lexeme, type MorphIndex } from '../format'
import { compare, type Paradigm } from './paradigm'

const compareLexemes = (a: Lexeme, b: Lexeme) =>
  compare(a[0], b[0]) || compare(a[1], b[1]) || compare(a[2], b[2]) || compare(a[3], b[3])

/**
 * Packs paradigms into the index: one lexeme per lemma, part of speech, gender and particle
 * (paradigms of the same lexeme merge), one feature set per form and lexeme, everything
 * sorted by code unit, so the same paradigms in any order give the same index.
 */
export function assemble(
  paradigms: readonly Paradigm[],
  about: Pick<MorphIndex, 'source' | 'licence'>,
): MorphIndex {
  const byKey = new Map<string, { lexeme: Lexeme; paradigms: Paradigm[] }>()
  for (const paradigm of paradigms) {
    const lexeme: Lexeme = [paradigm.lemma, paradigm.pos, paradigm.gender, paradigm.particle]
    const key = lexeme.join('\t')
    const known = byKey.get(key)
    if (known) known.paradigms.push(paradigm)
    else byKey.set(key, { lexeme, paradigms: [paradigm] })
  }
  const lexemes = [...byKey.values()].sort((a, b) => compareLexemes(a.lexeme, b.lexeme))

  // form → (lexeme number × 2 + separated) → codes
  const readings = new Map<string, Map<number, Set<string>>>()
  lexemes.forEach(({ paradigms: merged }, lexeme) => {
    for (const { forms } of merged) {
      for (const [form, code, separated] of forms) {
        const byLexeme = readings.get(form) ?? new Map<number, Set<string>>()
        readings.set(form, byLexeme)
        const slot = lexeme * 2 + (separated ? 1 : 0)
        const codes = byLexeme.get(slot) ?? new Set<string>()
        byLexeme.set(slot, codes)
        if (code) codes.add(code)
      }
    }
  })
  const featureOf = (codes: Set<string>) => [...codes].sort(compare).join(' ')
  const features = [
    ...new Set([...readings.values()].flatMap((byLexeme) => [...byLexeme.values()].map(featureOf))),
  ].sort(compare)
  if (features.length >= FEATURE_RADIX)
    throw new Error(`${features.length} feature sets do not fit FEATURE_RADIX ${FEATURE_RADIX}`)
  const featureNumber = new Map(features.map((feature, i) => [feature, i]))

  const forms: Record<string, number[]> = {}
  for (const form of [...readings.keys()].sort(compare)) {
    forms[form] = [...readings.get(form)!]
      .map(([slot, codes]) =>
        packReading({
          lexeme: Math.floor(slot / 2),
          features: featureNumber.get(featureOf(codes))!,
          separated: slot % 2 === 1,
        }),
      )
      .sort((a, b) => a - b)
  }
  return { ...about, lexemes: lexemes.map(({ lexeme }) => lexeme), features, forms }
}
