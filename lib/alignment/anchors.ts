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

/** What a text offers as anchors, worked out once per text: the aligner asks many times. */
interface TextAnchors {
  numbers: Set<string>
  names: Set<string>
  words: Set<string>
  stems: Set<string>
}

/** A cache of at most this many texts' anchors: a chapter's paragraphs, and pairs of them. */
const CACHE_LIMIT = 5_000

function cached<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let found = cache.get(text)
    if (found === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear()
      found = compute(text)
      cache.set(text, found)
    }
    return found
  }
}

const anchorsOfText = cached((text: string): TextAnchors => {
  const numbers = new Set<string>()
  for (const word of text.match(/\d+|\b[IVXLC]+\b/gu) ?? [])
    numbers.add(String(romanValue(word) ?? Number(word)))
  const words = new Set(text.match(/\p{L}+/gu) ?? [])
  return {
    numbers,
    names: new Set(text.match(/(?<=\s|^)\p{Lu}\p{Ll}{2,}/gu) ?? []),
    words,
    stems: new Set([...words].map(englishStem)),
  }
})

/** Numbers and capitalised names written the same on both sides. */
export function sharedTokens(de: string, en: string): AnchorEvidence {
  const german = anchorsOfText(de)
  const english = anchorsOfText(en)
  let matched = 0
  for (const number of german.numbers) if (english.numbers.has(number)) matched++
  for (const name of german.names) if (english.words.has(name)) matched++
  return { matched, possible: german.numbers.size + german.names.size }
}

/**
 * Anchors from the dictionary: a German word counts when one of its English glosses occurs
 * on the English side; shared numbers and names count too.
 */
export function dictionaryAnchors(glossesOf: (word: string) => readonly string[]): Anchors {
  // Each German text's words that have glosses, with the glosses' stems, worked out once.
  const glossedWords = cached((text: string) =>
    [...anchorsOfText(text).words].flatMap((word) => {
      const stems = glossesOf(word)
        .filter((gloss) => gloss.length >= MIN_ANCHOR_GLOSS)
        .map(englishStem)
      return stems.length > 0 ? [stems] : []
    }),
  )
  return (de, en) => {
    const english = anchorsOfText(en).stems
    const glossed = glossedWords(de)
    let matched = 0
    for (const stems of glossed) if (stems.some((stem) => english.has(stem))) matched++
    const shared = sharedTokens(de, en)
    return { matched: matched + shared.matched, possible: glossed.length + shared.possible }
  }
}
