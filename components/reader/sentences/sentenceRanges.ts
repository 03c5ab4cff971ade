import { linkOfGerman, sentenceAt, spanOf } from '@/lib/alignment/sentencePairs'
import type { ReaderSentences } from './readerSentences'
import { SENTENCE_LINK, linkRow } from './sentenceView'
import { offsetOf, rangeOf } from './textRanges'

/** A link of a block pair, and optionally one German sentence of it (the one being read). */
export interface SentenceSpot {
  pair: number
  link: number
  sentence?: number
}

/**
 * The link a word's sentence belongs to: read off its row in the sentence view, or worked out
 * from where the word sits in its block's text.
 */
export function spotOfWord(
  sentences: ReaderSentences,
  word: HTMLElement,
): SentenceSpot | undefined {
  const row = word.closest<HTMLElement>(SENTENCE_LINK)
  if (row) return { pair: Number(row.dataset.pair), link: Number(row.dataset.link) }
  const block = word.closest<HTMLElement>('.block.de[data-pair]')
  const found = block && sentences.of(Number(block.dataset.pair))
  if (!found) return undefined
  const sentence = sentenceAt(found.pairing.de, offsetOf(found.german, word))
  const link = sentence === undefined ? undefined : linkOfGerman(found.pairing, sentence)
  return link === undefined ? undefined : { pair: found.pair, link }
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
 * The ranges of a link's German and English text as the page shows it now: in the rows by
 * the sentences' offsets, or in the sentence view's row of that link.
 */
export function rangesOf(
  root: HTMLElement,
  sentences: ReaderSentences,
  spot: SentenceSpot,
  inView: boolean,
): { de: Range[]; en: Range[] } {
  const found = sentences.of(spot.pair)
  const link = found?.pairing.links[spot.link]
  if (!found || !link) return { de: [], en: [] }
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
