// A sentence ends at . ! ? or … followed by space, unless the dot closes an abbreviation
// or an initial ("Franklin D. Roosevelt", "z. B.") or a number ("15. August").
const SENTENCE_END = /[.!?…]["“”»«'’)]*\s+/gu
const NOT_AN_END =
  /(?:\b\p{Lu}|\b(?:z|B|d|h|u|a|bzw|ca|Dr|Nr|Prof|St|vgl|usw|etc)|\d)\.["“”»«'’)]*\s+$/u

/** The sentence of `text` that holds the character at `offset`, trimmed. */
export function sentenceAround(text: string, offset: number): string {
  let start = 0
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length
    if (NOT_AN_END.test(text.slice(Math.max(0, match.index - 6), end))) continue
    if (end > offset) return text.slice(start, end).trim()
    start = end
  }
  return text.slice(start).trim()
}

export const CLOZE_GAP = '_____'

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * The sentence with the saved word's forms blanked; undefined when none of them is in it,
 * so a cloze card is never made from a sentence that gives nothing away to guess.
 */
export function clozeOf(sentence: string, forms: readonly string[]): string | undefined {
  const wanted = forms.filter((form) => form.trim().length > 0)
  if (wanted.length === 0) return undefined
  let result = sentence
  for (const form of wanted) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u')
    if (!pattern.test(result)) return undefined
    result = result.replace(pattern, CLOZE_GAP)
  }
  return result
}
