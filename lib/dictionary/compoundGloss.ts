import type { DictEntry } from './dictionary'
import { firstGloss, popupGloss, readSense, shownSenses } from './senses'
import { withoutLabels } from './labels'
import { isCognate } from './rankSenses'

/** A compound's part as the splitter gives it: its text in the word and its Ding entry. */
export interface GlossedPart {
  text: string
  entry?: DictEntry
}

/**
 * The headword's cognate where a gloss ends in it (Industrie: "factory industry" →
 * "industry"): Ding may qualify the word a compound's part is best glossed with, and lack it
 * bare (Baumwollindustrie, "cotton industry", not "cotton industrial branch").
 */
function cognateEnding(entry: DictEntry): string | undefined {
  // The senses the popup shows, which are all a text's lookups send.
  for (const sense of shownSenses(entry.senses))
    for (const gloss of readSense(sense).glosses) {
      const last = withoutLabels(gloss).trim().split(/\s+/u).at(-1) ?? ''
      // A word, not a suffix ("-plasty [in compounds]" for Plastik).
      if (/^\p{L}+$/u.test(last) && isCognate(entry.lemma, last)) return last
    }
  return undefined
}

/**
 * A part's plainest English as a modifier: its first gloss without labels, placeholders,
 * notes in brackets or the "to" of a verb (Fabrik → factory, kompostieren → compost); a
 * noun's cognate where that gloss is a phrase (see cognateEnding).
 */
export function modifierGloss(entry: DictEntry): string {
  const plain = withoutLabels(firstGloss(entry.senses[0] ?? ''))
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/\b(?:sb|sth)\.(?:['’]s)?/gu, ' ')
    .replace(/^\s*to\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
  // Only where Ding's first gloss is a phrase: a plain word (Politik, policy) stays.
  const phrase = /\s/u.test(plain)
  return (phrase && entry.pos === 'noun' && cognateEnding(entry)) || plain
}

/**
 * What a compound says as one phrase: its modifiers' glosses before its head's
 * (Fabrik + System → "factory system"). Undefined when a part is unknown.
 */
export function joinedGloss(parts: readonly GlossedPart[]): string | undefined {
  if (parts.some((part) => !part.entry)) return undefined
  const glosses = parts.map((part) => modifierGloss(part.entry!))
  return glosses.every(Boolean) ? glosses.join(' ') : undefined
}

/**
 * The gloss of a compound Ding lacks, from its parts: the joined phrase, then the head's own
 * senses, so a reader sees what the whole means and what its head means.
 */
export function compoundGloss(parts: readonly GlossedPart[]): string | undefined {
  const head = parts[parts.length - 1]?.entry
  const joined = parts.length > 1 ? joinedGloss(parts) : undefined
  return head && joined ? `${joined}; ${popupGloss(head.senses)}` : undefined
}
