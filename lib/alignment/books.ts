import type { BookBlock, BookChapter } from '@/lib/books/types'
import { align, PARAGRAPH_BEADS, type Anchors, type Link } from './align'
import { sharedTokens } from './anchors'

/**
 * A paragraph pair the aligner is less sure of than this is flagged for the alignment editor.
 * Chosen on the sentence gold, apart from the paragraph gold it is checked on: the lowest
 * confidence above which at least 98% of the curated texts' and Werther's sentence links are
 * right (docs/alignment.md): even odds.
 */
export const DOUBTFUL_BELOW = 0.5
/** Text of a chapter's opening compared besides its length: enough for names and numbers. */
const OPENING_CHARACTERS = 600

export interface ParagraphLink extends Link {
  /** Shown in the alignment editor first: the reader should look at this pair. */
  doubtful: boolean
}

/**
 * Pairs the chapters of a book with those of its translation, in order, by length, by the
 * numbers in their titles (Roman numerals by value) and by the names in their openings; a
 * foreword or an appendix only one side has stays unpaired. The reader can correct it.
 */
export function pairChapters(de: readonly BookChapter[], en: readonly BookChapter[]): Link[] {
  const fullText = (chapter: BookChapter) => chapter.blocks.map((block) => block.text).join('\n')
  const opening = (chapter: BookChapter) =>
    `${chapter.title}\n${fullText(chapter).slice(0, OPENING_CHARACTERS)}`
  // The aligner measures the chapters' lengths; anchors compare the openings only, so that a
  // long chapter's many names do not outweigh its title.
  return align(de.map(fullText), en.map(fullText), sharedTokens, {
    de: de.map(opening),
    en: en.map(opening),
  })
}

/**
 * Pairs the paragraphs of a chapter and its translation, each pair with its confidence;
 * pairs below DOUBTFUL_BELOW are flagged for the alignment editor.
 */
export function alignParagraphs(
  de: readonly BookBlock[],
  en: readonly BookBlock[],
  anchors: Anchors = sharedTokens,
): ParagraphLink[] {
  const deTexts = de.map((block) => block.text)
  const enTexts = en.map((block) => block.text)
  return align(deTexts, enTexts, anchors, { de: deTexts, en: enTexts }, PARAGRAPH_BEADS).map(
    (link) => ({ ...link, doubtful: link.confidence < DOUBTFUL_BELOW }),
  )
}
