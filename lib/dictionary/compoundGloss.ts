import type { DictEntry } from './dictionary'
import { firstGloss, popupGloss } from './senses'
import { withoutLabels } from './labels'

/** A compound's part as the splitter gives it: its text in the word and its Ding entry. */
export interface GlossedPart {
  text: string
  entry?: DictEntry
}

/**
 * A part's plainest English as a modifier: its first gloss without labels, placeholders,
 * notes in brackets or the "to" of a verb (Fabrik → factory, kompostieren → compost).
 */
export function modifierGloss(entry: DictEntry): string {
  return withoutLabels(firstGloss(entry.senses[0] ?? ''))
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/\b(?:sb|sth)\.(?:['’]s)?/gu, ' ')
    .replace(/^\s*to\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
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
