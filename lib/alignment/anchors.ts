import type { AnchorEvidence, Anchors } from './align'
import { englishStem } from './glossWords'

/** Glosses shorter than this are not anchors: "to", "in", "a" occur everywhere. */
const MIN_ANCHOR_GLOSS = 3
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

/** A Roman numeral's value (XIV → 14), or undefined when the word is not one. */
export function romanValue(word: string): number | undefined {
  if (!/^[IVXLC]+$/u.test(word)) return undefined
  let total = 0
  for (let at = 0; at < word.length; at++) {
    const value = ROMAN_VALUES[word[at]!]!
    const next = ROMAN_VALUES[word[at + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** Numbers (Roman ones as their value) and capitalised names of a text. */
function numbersAndNames(text: string): { numbers: Set<string>; names: Set<string> } {
  const numbers = new Set<string>()
  for (const word of text.match(/\d+|\b[IVXLC]+\b/gu) ?? [])
    numbers.add(String(romanValue(word) ?? Number(word)))
  return { numbers, names: new Set(text.match(/(?<=\s|^)\p{Lu}\p{Ll}{2,}/gu) ?? []) }
}

/** Numbers and capitalised names written the same on both sides. */
export function sharedTokens(de: string, en: string): AnchorEvidence {
  const german = numbersAndNames(de)
  const english = numbersAndNames(en)
  const englishWords = new Set(en.match(/\p{L}+/gu) ?? [])
  let matched = 0
  for (const number of german.numbers) if (english.numbers.has(number)) matched++
  for (const name of german.names) if (englishWords.has(name)) matched++
  return { matched, possible: german.numbers.size + german.names.size }
}

/**
 * Anchors from the dictionary: a German word counts when one of its English glosses occurs
 * on the English side; shared numbers and names count too.
 */
export function dictionaryAnchors(glossesOf: (word: string) => readonly string[]): Anchors {
  return (de, en) => {
    const english = new Set((en.match(/\p{L}+/gu) ?? []).map(englishStem))
    let matched = 0
    let possible = 0
    for (const word of new Set(de.match(/\p{L}+/gu) ?? [])) {
      const glosses = glossesOf(word).filter((gloss) => gloss.length >= MIN_ANCHOR_GLOSS)
      if (glosses.length === 0) continue
      possible++
      if (glosses.some((gloss) => english.has(englishStem(gloss)))) matched++
    }
    const shared = sharedTokens(de, en)
    return { matched: matched + shared.matched, possible: possible + shared.possible }
  }
}
