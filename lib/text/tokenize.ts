export type TokenKind = 'word' | 'number' | 'punct' | 'space'

export interface Token {
  kind: TokenKind
  text: string
  /** Offset of the first code unit in the input. */
  start: number
}

// A word is a run of letters/digits, joined by inner hyphens or apostrophes
// (US-Präsident, F-35-Kampfjets, geht's). A hyphen directly before white space is a
// truncation hyphen (Staats- und Regierungschefs) and belongs to the word.
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*(?:-(?=\s|$))?`
const TOKEN = new RegExp(`(${WORD})|(\\s+)|([^\\s\\p{L}\\p{M}\\p{N}])`, 'gu')
const ONLY_DIGITS = /^[\p{N}.,]+$/u

/**
 * Splits text into word, number, punctuation and white-space tokens. The tokens cover the
 * input without gaps, so joining their texts gives the input back exactly.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  for (const match of input.matchAll(TOKEN)) {
    const [text, word, space] = match
    const start = match.index
    if (word !== undefined) {
      tokens.push({ kind: ONLY_DIGITS.test(word) ? 'number' : 'word', text, start })
    } else if (space !== undefined) {
      tokens.push({ kind: 'space', text, start })
    } else {
      tokens.push({ kind: 'punct', text, start })
    }
  }
  return tokens
}

/** The tokens that carry content: words, numbers and punctuation, without white space. */
export function contentTokens(input: string): string[] {
  return tokenize(input)
    .filter((token) => token.kind !== 'space')
    .map((token) => token.text)
}

/** Words and numbers, as a reader counts them. */
export function countWords(input: string): number {
  return tokenize(input).filter((token) => token.kind === 'word' || token.kind === 'number').length
}
