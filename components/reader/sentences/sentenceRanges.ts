import { linkOfGerman, sentenceAt, spanOf } from '@/lib/alignment/sentencePairs'
import type { BlockSentences, ReaderSentences } from './readerSentences'
import { SENTENCE_LINK, linkRow } from './sentenceView'
import { offsetOf, rangeOf } from './textRanges'

/** A link of a block pair, and optionally one German sentence of it (the one being read). */
export interface SentenceSpot {
  pair: number
  link: number
  sentence?: number
}

/**
 * The link a word's sentence belongs to (read off its row in the sentence view, or worked out
 * from where the word sits in its block's text), with its block pair's sentences, read once.
 */
export function sentenceOfWord(
  sentences: ReaderSentences,
  word: HTMLElement,
): { spot: SentenceSpot; found: BlockSentences } | undefined {
  const row = word.closest<HTMLElement>(SENTENCE_LINK)
  const block = row ?? word.closest<HTMLElement>('.block.de[data-pair]')
  const found = block ? sentences.of(Number(block.dataset.pair)) : undefined
  if (!found) return undefined
  if (row) return { spot: { pair: found.pair, link: Number(row.dataset.link) }, found }
  const sentence = sentenceAt(found.pairing.de, offsetOf(found.german, word))
  const link = sentence === undefined ? undefined : linkOfGerman(found.pairing, sentence)
  return link === undefined ? undefined : { spot: { pair: found.pair, link }, found }
}

export function spotOfWord(
  sentences: ReaderSentences,
  word: HTMLElement,
): SentenceSpot | undefined {
  return sentenceOfWord(sentences, word)?.spot
}

/** The English of a link as the text has it (empty: the aligner left the sentence unpaired). */
export function englishOfSpot(sentences: ReaderSentences, spot: SentenceSpot): string {
  const found = sentences.of(spot.pair)
  const link = found?.pairing.links[spot.link]
  const span = link && spanOf(found.pairing.en, link.en)
  return span ? (found.english?.textContent ?? '').slice(span.start, span.end).trim() : ''
}

const present = (range: Range | undefined): range is Range => range !== undefined

/**
 * The ranges of a link's German and English text as the page shows it now (`found`: the
 * sentences of the spot's block pair): in the rows by
 * the sentences' offsets, or in the sentence view's row of that link.
 */
export function rangesOf(
  root: HTMLElement,
  found: BlockSentences,
  spot: SentenceSpot,
  inView: boolean,
): { de: Range[]; en: Range[] } {
  const link = found.pairing.links[spot.link]
  if (!link) return { de: [], en: [] }
  const { pairing, german, english } = found
  const de = spanOf(pairing.de, spot.sentence === undefined ? link.de : [spot.sentence])
  const en = spanOf(pairing.en, link.en)
  const row = inView ? linkRow(root, spot.pair, spot.link) : undefined
  if (row) {
    const offset = Number(row.dataset.start ?? 0)
    const rowGerman = row.querySelector('.block.de .block-text')
    const rowEnglish = row.querySelector('.block.en .block-text')
    return {
      de: [
        de && rowGerman ? rangeOf(rowGerman, de.start - offset, de.end - offset) : undefined,
      ].filter(present),
      en: [
        rowEnglish ? rangeOf(rowEnglish, 0, rowEnglish.textContent?.length ?? 0) : undefined,
      ].filter(present),
    }
  }
  return {
    de: [de ? rangeOf(german, de.start, de.end) : undefined].filter(present),
    en: [en && english ? rangeOf(english, en.start, en.end) : undefined].filter(present),
  }
}
