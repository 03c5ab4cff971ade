import type { FormEntry } from './paradigm'

/**
 * The commonest adjectives whose comparison no rule finds in the source (it lacks das Größere,
 * das Beste …): comparative and superlative stems.
 */
const IRREGULAR: Record<string, { comparative: string; superlative: string }> = {
  alt: { comparative: 'älter', superlative: 'ältest' },
  arm: { comparative: 'ärmer', superlative: 'ärmst' },
  groß: { comparative: 'größer', superlative: 'größt' },
  gut: { comparative: 'besser', superlative: 'best' },
  hoch: { comparative: 'höher', superlative: 'höchst' },
  krank: { comparative: 'kränker', superlative: 'kränkst' },
  nah: { comparative: 'näher', superlative: 'nächst' },
}

const UMLAUT: Record<string, string> = { a: 'ä', au: 'äu', o: 'ö', u: 'ü' }
/** The last vowel of a stem umlauted: klug → klüg, laut → läut. */
const umlauted = (stem: string) =>
  stem.replace(/(au|a|o|u)(?=[^aeiouäöü]*$)/u, (vowel) => UMLAUT[vowel]!)

/** Comparative stems a rule can make: schöner, klüger, dunkler (dunkel), leiser (leise). */
function comparativeCandidates(lemma: string): string[] {
  return [
    `${lemma}er`,
    `${umlauted(lemma)}er`,
    `${lemma.replace(/e([lr])$/u, '$1')}er`,
    ...(lemma.endsWith('e') ? [`${lemma}r`] : []),
  ]
}

/** Superlative stems a rule can make: schönst, kürzest (kurz), neust, nassest. */
function superlativeCandidates(lemma: string): string[] {
  return [`${lemma}st`, `${lemma}est`, `${umlauted(lemma)}st`, `${umlauted(lemma)}est`]
}

/** Every declined adjective ends in one of these (schön-e, dunkl-en, hoh-em). */
const DECLENSION_ENDINGS = ['en', 'em', 'er', 'es', 'e'] as const

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1)

/**
 * Comparative and superlative forms of an adjective, with the codes of its positive forms:
 * schöne (nom.sg.f.decl) → schönere (nom.sg.f.comp.decl), schönste (nom.sg.f.sup.decl); the
 * bare comparative (schöner) is "comp". A stem is taken only where the source shows it: it
 * lists the adjective's comparison as nominalised nouns (das Schönere, das Schönste), so a
 * rule's candidate counts when that noun exists; the irregular few come from a table.
 */
export function comparisonForms(
  lemma: string,
  declined: readonly FormEntry[],
  isNoun: (lemma: string) => boolean,
): FormEntry[] {
  if (declined.length === 0) return []
  const attested = (stems: string[]) =>
    [...new Set(stems)].filter((stem) => isNoun(`${capitalised(stem)}e`))
  const irregular = Object.hasOwn(IRREGULAR, lemma) ? IRREGULAR[lemma] : undefined
  const comparatives = irregular ? [irregular.comparative] : attested(comparativeCandidates(lemma))
  const superlatives = irregular ? [irregular.superlative] : attested(superlativeCandidates(lemma))
  const out: FormEntry[] = comparatives.map((comparative): FormEntry => [
    comparative,
    'comp',
    false,
  ])
  for (const [form, code] of declined) {
    const ending = DECLENSION_ENDINGS.find((candidate) => form.endsWith(candidate)) ?? ''
    const slot = code.replace(/\.decl$/u, '')
    for (const comparative of comparatives)
      out.push([comparative + ending, `${slot}.comp.decl`, false])
    for (const superlative of superlatives)
      out.push([superlative + ending, `${slot}.sup.decl`, false])
  }
  return out
}
