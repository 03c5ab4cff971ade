import { joinedGloss, type GlossedPart } from './compoundGloss'
import type { DictEntry } from './dictionary'
import { baseNounSpellings } from './rules'

// Schneider-lein, Schwänz-chen; the genitive adds -s. The plural is the singular.
const DIMINUTIVE = /^(\p{Lu}\p{L}{2,}?)(chen|lein)s?$/u

/**
 * A diminutive Ding lacks, read from its base noun: Schneiderlein → "little tailor",
 * Lämmerschwänzchen → Lämmer + Schwanz. `base` gives a noun's parts (one part for a word
 * Ding has). The base may have lost an umlaut (Schwanz) or an -e (Kätzchen, Katze).
 */
export function diminutiveEntry(
  form: string,
  base: (noun: string) => GlossedPart[] | undefined,
): DictEntry | undefined {
  const match = DIMINUTIVE.exec(form)
  if (!match) return undefined
  const [, stem = '', suffix = ''] = match
  for (const noun of baseNounSpellings(stem)) {
    const parts = base(noun)
    const gloss = parts && joinedGloss(parts)
    if (gloss)
      return {
        lemma: stem + suffix,
        pos: 'noun',
        gender: 'n',
        plural: stem + suffix,
        senses: [`little ${gloss}`],
      }
  }
  return undefined
}
