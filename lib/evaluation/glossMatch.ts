/** How many senses of a shown gloss count: the popup's first three. */
export const SHOWN_SENSES = 3

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/^\s*to\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** The senses a gloss shows, in order: its parts between semicolons, at most the first three. */
export function shownSenses(gloss: string): string[] {
  return gloss.split(';').map(normalise).filter(Boolean).slice(0, SHOWN_SENSES)
}

/**
 * Whether a shown gloss is right in context: one of its first three senses contains one of
 * the gold items as whole words, case-insensitive, a leading "to " ignored on both sides
 * ("to sit; to perch" accepts "sit"; "hell" does not accept "corner").
 */
export function glossAccepts(shown: string | undefined, items: readonly string[]): boolean {
  if (!shown) return false
  const senses = shownSenses(shown)
  return items.some((item) => {
    const wanted = normalise(item)
    if (!wanted) return false
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(wanted)}(?![\\p{L}\\p{N}])`, 'u')
    return senses.some((sense) => pattern.test(sense))
  })
}
