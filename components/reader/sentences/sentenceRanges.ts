import { spanOf } from '@/lib/alignment/sentencePairs'
import type { ReaderSentences } from './readerSentences'
import { linkRow } from './sentenceView'
import { rangeOf } from './textRanges'

/** A link of a block pair, and optionally one German sentence of it (the one being read). */
export interface SentenceSpot {
  pair: number
  link: number
  sentence?: number
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
