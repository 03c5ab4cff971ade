import { joinedGloss, type GlossedPart } from './compoundGloss'
import type { DictEntry } from './dictionary'
import { baseNounSpellings } from './rules'

// Schneider-lein, Schwänz-chen; the genitive adds -s. The plural is the singular. The
// Austrian and Bavarian -erl (Frau-erl, Häus-erl) takes -n in the plural (Mäderln).
const DIMINUTIVE = /^(\p{Lu}\p{L}{2,}?)(?:(chen|lein)s?|(erl)n?)$/u

/**
 * The -erl of a noun in -el replaces its -el (Mädel, Mäderl; Kasperl): that base is tried
 * first, as the stem alone may be another word (Mäd-erl is no "Made", maggot).
 */
const erlBase = (stem: string, suffix: string) => (suffix === 'erl' ? [`${stem}el`] : [])

/**
 * A diminutive Ding lacks, read from its base noun: Schneiderlein → "little tailor",
 * Lämmerschwänzchen → Lämmer + Schwanz. `base` gives a noun's parts (one part for a word
 * Ding has). The base may have lost an umlaut (Schwanz) or an -e (Kätzchen, Katze); an
 * Austrian -erl replaces an -el (Mäderl, Mädel) or follows the noun (Frauerl, Frau).
 */
export function diminutiveEntry(
  form: string,
  base: (noun: string) => GlossedPart[] | undefined,
): DictEntry | undefined {
  const match = DIMINUTIVE.exec(form)
  if (!match) return undefined
  const [, stem = '', standard, southern] = match
  const suffix = standard ?? southern ?? ''
  for (const noun of [...erlBase(stem, suffix), ...baseNounSpellings(stem)]) {
    const parts = base(noun)
    const gloss = parts && joinedGloss(parts)
    if (gloss)
      return {
        lemma: stem + suffix,
        pos: 'noun',
        gender: 'n',
        plural: suffix === 'erl' ? `${stem}erln` : stem + suffix,
        senses: [`little ${gloss}`],
      }
  }
  return undefined
}
