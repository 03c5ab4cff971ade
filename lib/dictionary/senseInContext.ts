import { readSense } from './senses'

/**
 * Words a gloss shares with almost any English sentence, or that only stand for an object
 * ("to make up one's mind"): they say nothing about which sense the translation chose.
 * Particles ("up", "out") stay, as "to call out to sb." is another sense than "to call sb.".
 */
const FUNCTION_WORDS = new Set([
  ...['a', 'an', 'the', 'to', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'by'],
  ...['from', 'as', 'into', 'be', 'one', 'oneself', 'someone', 'something'],
])

/** Suffixes the stemmer takes off ("ies" and "ied" become "y" first). */
const SUFFIXES = /(?:ing|ed|es|s)$/u
/** A stem keeps three letters at least: "ring", "bus" and "is" stay whole. */
const MIN_STEM = 3

/**
 * A crude English stem, the same for a word and its inflections: served, serves, serving →
 * serv; dishes → dish; parties, party → party; running, run → run. Irregular forms (rang,
 * went) are not reached.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/ie[sd]$/u, 'y')
  const bare = w.replace(SUFFIXES, '')
  if (bare.length >= MIN_STEM) w = bare
  // Make, making → mak; plan, planned → plan (the doubled consonant of "plann" goes).
  if (w.length > MIN_STEM) w = w.replace(/e$/u, '')
  return w.replace(/([b-df-hj-np-tv-z])\1$/u, '$1')
}

/**
 * The stems of a text's words that say something: brackets, labels, "sb."/"sth." and the
 * possessive "'s" left out ("to pull sb.'s leg" → pull, leg; "one's" → one, a function word).
 */
function contentStems(text: string): string[] {
  const plain = text
    .replace(/\[[^\]]*\]|\([^)]*\)|\{[^}]*\}/gu, ' ')
    .replace(/\b(?:sb|sth)\.(?:['’]s)?/gu, ' ')
  const words = plain.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []
  return words
    .map((word) => word.replace(/['’]s$/u, ''))
    .filter((word) => !FUNCTION_WORDS.has(word))
    .map(stem)
}

/**
 * Which sense an aligned English translation chose: the index of the sense one of whose
 * glosses has all its content words in `englishBlock` ("dish" in "She served the dish on a
 * plate"), or undefined when none has. Where several fit, the longest gloss that fits wins
 * ("to call out to sb." over "to call sb." in "He called out to her"), then the first sense.
 */
export function senseFittingTranslation(
  senses: readonly string[],
  englishBlock: string,
): number | undefined {
  const inBlock = new Set(contentStems(englishBlock))
  let best: { index: number; words: number } | undefined
  senses.forEach((sense, index) => {
    for (const gloss of readSense(sense).glosses) {
      const words = contentStems(gloss)
      if (words.length === 0 || !words.every((word) => inBlock.has(word))) continue
      if (!best || words.length > best.words) best = { index, words: words.length }
    }
  })
  return best?.index
}

/** The senses with the one the translation chose first; as they are without a translation. */
export function orderSenses(senses: readonly string[], englishBlock?: string): string[] {
  const fitting = englishBlock ? senseFittingTranslation(senses, englishBlock) : undefined
  if (fitting === undefined) return [...senses]
  return [senses[fitting]!, ...senses.filter((_, i) => i !== fitting)]
}
