/**
 * The one sentence splitter: sentences of a block, for pairing German and English sentence by
 * sentence, and the sentence a saved word came from. Intl.Segmenter
 * finds the candidates (it knows quotes, ellipses and punctuation); V8's data breaks after
 * every abbreviation and ordinal number, so those breaks are taken back here.
 */

export interface Sentence {
  /** Offsets into the block's text: the sentence is text.slice(start, end), trimmed. */
  start: number
  end: number
  text: string
}

export type SentenceLanguage = 'de' | 'en'

/**
 * Abbreviations after which a sentence does not end even before a capital (a name, a noun
 * or a number follows). Those that often end one (usw., etc.) are not here: after them only
 * a lower-case word continues the sentence.
 */
const TITLES: Record<SentenceLanguage, Set<string>> = {
  de: new Set(
    'dr prof hr hrn fr frl nr st sr abs art bd kap s vgl ca bzw evtl ggf inkl bspw sog geb gest jh jhd mio mrd tsd str zb dh ua uä od orig übers hg hrsg dt engl franz lat'.split(
      ' ',
    ),
  ),
  en: new Set(
    'mr mrs ms dr prof st sr jr no vs cf eg ie fig vol ch pp p approx capt col gen lt rev'.split(
      ' ',
    ),
  ),
}
const MONTHS = new Set(
  'januar jänner februar märz april mai juni juli august september oktober november dezember'.split(
    ' ',
  ),
)
/** A day or an ordinal has at most three digits; a year ending a sentence has four. */
const ORDINAL = /(?:^|[\s(])\d{1,3}\.\s*$/u
const ROMAN = /(?:^|\s)[IVXLC]{1,6}\.\s*$/u
/** The last word before the full stop, dots inside it kept: "z. B.", "u. a.", "e.g.". */
const LAST_WORD = /(?:^|[\s(„‚»])((?:\p{L}{1,6}\.\s?){1,3})\s*$/u
/**
 * An end mark, its closing quotes, then a dash: older prose strings sentences together so
 * (`sah sie an.—"Soll ich …"`, `sagte ich.—sie ward rot`); each is a sentence of its own.
 */
const END_BEFORE_DASH = /[.!?…]["“”»«'’]*\s*[—–]+\s*/gu

const segmenters = new Map<SentenceLanguage, Intl.Segmenter>()
function segmenter(language: SentenceLanguage) {
  let found = segmenters.get(language)
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' })
    segmenters.set(language, found)
  }
  return found
}

const startsLower = (text: string) => /^[\s„"'‚»(]*[\p{Ll}\d]/u.test(text)
const startsMonth = (text: string) =>
  MONTHS.has((/^\s*(\p{L}+)/u.exec(text)?.[1] ?? '').toLowerCase())

/**
 * `"No ceremony!" I replied.`: a quoted question or exclamation and its reporting clause are
 * one sentence; English writes the pronoun I with a capital, so it does not look lower case.
 */
const reportsQuote = (before: string, after: string, language: SentenceLanguage) =>
  language === 'en' && /[!?]["”’']\s*$/u.test(before) && /^\s*I\s+\p{Ll}/u.test(after)

/** Whether the break between `before` and `after` is not a sentence end. */
function continues(before: string, after: string, language: SentenceLanguage): boolean {
  if (!/\.\s*$/u.test(before)) return startsLower(after) || reportsQuote(before, after, language)
  if (startsLower(after)) return true
  if (language === 'de' && ORDINAL.test(before)) return true
  if (ROMAN.test(before) && startsMonth(after)) return true
  if (language === 'de' && /\d\.\s*$/u.test(before) && startsMonth(after)) return true
  const word = LAST_WORD.exec(before)?.[1]
  if (!word) return false
  const key = word.replace(/[.\s]/gu, '').toLowerCase()
  if (TITLES[language].has(key)) return true
  // "said I." ends a sentence: the English pronoun alone is no initial (J. I. Smith's is).
  if (language === 'en' && word.trim() === 'I.') return false
  // A single letter with a full stop is an initial (J. W. Goethe) or part of z. B.
  const lastPart = word.trim().split(/\s+/u).pop() ?? ''
  if (/^\p{L}\.$/u.test(lastPart)) return true
  return false
}

/** The sentences of a block's text, with their offsets into it. */
export function splitSentences(text: string, language: SentenceLanguage): Sentence[] {
  const pieces = [...segmenter(language).segment(text)]
  const sentences: Sentence[] = []
  let start = 0
  let current = ''
  pieces.forEach((piece, index) => {
    current += piece.segment
    const next = pieces[index + 1]?.segment
    if (next !== undefined && continues(current, next, language)) return
    pushSplitAtDashes(sentences, text, start, start + current.length)
    start += current.length
    current = ''
  })
  return sentences
}

function pushSplitAtDashes(sentences: Sentence[], text: string, from: number, to: number) {
  let start = from
  for (const match of text.slice(from, to).matchAll(END_BEFORE_DASH)) {
    const dash = match[0].search(/[—–]/u)
    const end = from + match.index + dash
    if (from + match.index + match[0].length >= to) break
    pushTrimmed(sentences, text, start, end)
    start = from + match.index + match[0].length
  }
  pushTrimmed(sentences, text, start, to)
}

function pushTrimmed(sentences: Sentence[], text: string, from: number, to: number) {
  let start = from
  let end = to
  while (start < end && /[\s—–]/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) })
}

/** The index of the sentence that holds the character at `offset`, or the nearest before it. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number | undefined {
  let found: number | undefined
  sentences.forEach((sentence, index) => {
    if (sentence.start <= offset) found = index
  })
  return found
}

/**
 * The German sentence of `text` that holds the character at `offset` (or the nearest before
 * it), trimmed: where a word is saved from, for its cloze card.
 */
export function sentenceAround(text: string, offset: number): string {
  const sentences = splitSentences(text, 'de')
  return sentences[sentenceAt(sentences, offset) ?? 0]?.text ?? ''
}
