import type { Entry } from '@/lib/vocabulary/schema'
import { headwordOfKey } from '@/lib/vocabulary/lexicon'
import type { Dictionary } from './dictionary'

export interface NounCheck {
  checked: number
  /** Curated nouns Ding does not have as nouns: nothing to compare. */
  absent: number
  /** For an editor: "Gipfel: gender m here, f in Ding". */
  disagreements: string[]
}

/**
 * Compares the curated nouns' gender and plural with Ding's. Ding is a second opinion, not
 * an authority: a disagreement is listed for an editor to look at, not an error.
 */
export function crossCheckNouns(
  entries: ReadonlyMap<string, Entry>,
  dictionary: Dictionary,
): NounCheck {
  const result: NounCheck = { checked: 0, absent: 0, disagreements: [] }
  for (const [key, entry] of entries) {
    if (entry.pos !== 'noun' || !entry.gender) continue
    const lemma = headwordOfKey(key)
    const nouns = dictionary.entries(lemma).filter((e) => e.pos === 'noun')
    if (nouns.length === 0) {
      result.absent++
      continue
    }
    result.checked++
    const genders = [...new Set(nouns.map((noun) => noun.gender).filter(Boolean))]
    if (genders.length && !genders.includes(entry.gender))
      result.disagreements.push(
        `${lemma}: gender ${entry.gender} here, ${genders.join('/')} in Ding`,
      )
    const plurals = [...new Set(nouns.map((noun) => noun.plural).filter(Boolean))]
    // The curated plural carries its article: "die Wochen".
    const plural = entry.plural?.replace(/^die /u, '')
    if (plural && plurals.length && !plurals.includes(plural))
      result.disagreements.push(`${lemma}: plural ${plural} here, ${plurals.join('/')} in Ding`)
    if (entry.plural === null && plurals.length)
      result.disagreements.push(`${lemma}: no plural here, ${plurals.join('/')} in Ding`)
  }
  return result
}
