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
