import type { Span } from '../content/types'
import { tokenize, type Token } from '../text/tokenize'
import type { Analysis, Lexicon } from './lexicon'

/** A word or number of the German text, with what it was matched to. */
export interface WordToken {
  kind: 'word'
  text: string
  /** Position among the block's words, 0-based: what annotations count. */
  index: number
  sentenceStart: boolean
  /** Punctuation between the previous word and this one, white space removed ("" if none). */
  punctBefore: string
  /** Key of the entry the popup shows; undefined for numbers and uncovered words. */
  entry?: string
  /** Analyses of this form relative to its lemma (empty for the lemma itself). */
  morph: string[]
  /** Numeric value of a number token, which needs no entry. */
  number?: number
  /** Ids of the units (separable verbs, phrases) this word belongs to. */
  units: number[]
  /**
   * Key of the entry of a second reading the sentence could not rule out, of another lemma
   * (Kohle: Kohl or Kohle), which the popup shows after the first: "or …".
   */
  alternative?: string
}

/** Text that is not a German word: spaces, punctuation, or a run in another language. */
export interface PlainPart {
  kind: 'plain'
  text: string
  lang?: string
}

export type BlockPart = WordToken | PlainPart

export interface Unit {
  id: number
  block: number
  kind: 'separable' | 'phrase'
  entry: string
  /** Word indices in the block, in text order. */
  words: number[]
}

export interface MatchedBlock {
  number: number
  parts: BlockPart[]
}

export interface MatchedText {
  blocks: MatchedBlock[]
  units: Unit[]
  /** Words without an entry, for `vocab:check`. */
  uncovered: { block: number; word: string; index: number }[]
  /** Annotations that do not fit the text or the vocabulary. */
  problems: string[]
}

const SENTENCE_END = /^[.!?:]$/u
const CAPITALISED = /^\p{Lu}/u

function isCapitalised(text: string): boolean {
  return CAPITALISED.test(text)
}

/** The readings of a form: its listed forms, else itself as a lemma; then its lowercase. */
export function analysesOf(text: string, sentenceStart: boolean, lexicon: Lexicon): Analysis[] {
  const exact = (form: string): Analysis[] =>
    lexicon.forms.get(form)?.slice() ??
    (lexicon.keysByLemma.has(form) ? [{ lemma: form, morph: [] }] : [])
  const found = exact(text)
  if (isCapitalised(text) && (sentenceStart || found.length === 0)) {
    const lower = text.toLowerCase()
    if (lower !== text) found.push(...exact(lower))
  }
  return found
}

/** A speaker's name in a play, set in capitals (FRITZ, THEODOR); an initial is not one. */
const isSpeakerName = (text: string | undefined) =>
  text !== undefined &&
  text.length > 1 &&
  text === text.toUpperCase() &&
  text !== text.toLowerCase()

/**
 * Splits a block into words and other text. Only runs without a `lang` are German; a word
 * starts a sentence at the block start or after . ! ? or :, whatever quotes lie between, and
 * after a stage direction in brackets following a speaker's name (`FRITZ (in der Tür)
 * Schicken Sie …`): the speech starts there.
 */
export function splitBlock(spans: readonly Span[]): BlockPart[] {
  const parts: BlockPart[] = []
  let index = 0
  let sentenceStart = true
  let punctBefore = ''
  let lastWord: string | undefined
  let inStageDirection = false
  for (const span of spans) {
    if (span.lang) {
      parts.push({ kind: 'plain', text: span.text, lang: span.lang })
      sentenceStart = false
      punctBefore = span.text
      continue
    }
    for (const token of tokenize(span.text)) parts.push(toPart(token))
  }
  return parts

  function toPart(token: Token): BlockPart {
    if (token.kind === 'word' || token.kind === 'number') {
      const word: WordToken = {
        kind: 'word',
        text: token.text,
        index: index++,
        sentenceStart,
        punctBefore,
        morph: [],
        units: [],
      }
      if (token.kind === 'number' && /^\d+$/u.test(token.text)) word.number = Number(token.text)
      sentenceStart = false
      punctBefore = ''
      lastWord = token.text
      return word
    }
    if (token.kind === 'punct') {
      punctBefore += token.text
      // A bracket may open a sentence of its own (a stage direction: „ich möchte nur,
      // (Herzlich.) mein lieber Fritz“): its first word is also read in lower case.
      if (SENTENCE_END.test(token.text) || token.text === '(') sentenceStart = true
      if (token.text === '(' && punctBefore === '(' && isSpeakerName(lastWord))
        inStageDirection = true
      if (token.text === ')' && inStageDirection) {
        inStageDirection = false
        sentenceStart = true
      }
    }
    return { kind: 'plain', text: token.text }
  }
}

/**
 * A run of words fits a phrase when each word is the pattern's token (the first one may be
 * capitalised at a sentence start) and nothing but white space lies between them, except the
 * dot of an abbreviation the pattern spells with it ("Franklin D. Roosevelt").
 */
export function fitsPattern(run: readonly WordToken[], tokens: readonly string[]): boolean {
  return run.every((word, i) => {
    const expected = tokens[i]!
    const bare = expected.length > 1 && expected.endsWith('.') ? expected.slice(0, -1) : expected
    const sameWord =
      word.text === bare || (i === 0 && word.sentenceStart && word.text.toLowerCase() === bare)
    const joiner = i > 0 && tokens[i - 1]!.endsWith('.') ? '.' : ''
    return sameWord && (i === 0 || word.punctBefore === joiner)
  })
}
