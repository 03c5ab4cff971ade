import { joinedGloss, type GlossedPart } from './compoundGloss'
import type { DictEntry } from './dictionary'
import { baseNounSpellings } from './rules'

// Superintendent-in, Ärzt-in, Kolleg-in; the plural is -innen.
const FEMININE = /^(\p{Lu}\p{L}{2,}?)in(?:nen)?$/u

/**
 * A feminine noun in -in Ding lacks, read from its masculine base: Superintendentin →
 * Superintendent ("superintendent"), Kinderärztin → Kinder + Arzt. `base` gives a noun's parts
 * (one part for a word Ding has). The base may have lost an umlaut (Ärztin, Arzt) or an -e
 * (Kollegin, Kollege); it must be masculine, as the persons -in derives from are.
 */
export function feminineEntry(
  form: string,
  base: (noun: string) => GlossedPart[] | undefined,
): DictEntry | undefined {
  const match = FEMININE.exec(form)
  if (!match) return undefined
  const stem = match[1]!
  for (const noun of baseNounSpellings(stem)) {
    const parts = base(noun)
    const head = parts?.[parts.length - 1]?.entry
    if (!parts || head?.gender !== 'm') continue
    const senses = parts.length === 1 ? head.senses : [joinedGloss(parts)]
    if (senses.every(Boolean))
      return {
        lemma: `${stem}in`,
        pos: 'noun',
        gender: 'f',
        plural: `${stem}innen`,
        senses: senses as string[],
      }
  }
  return undefined
}
