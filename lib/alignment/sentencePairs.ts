import { splitSentences, type Sentence } from '@/lib/text/sentences'
import { align, type Anchors, type Link } from './align'
import { sharedTokens } from './anchors'

/** Where the reader finds a hovered word's sentence: the splitter's own. */
export { sentenceAt } from '@/lib/text/sentences'

/**
 * A block pair sentence by sentence: each side's sentences with their offsets into the
 * block's text, and the aligner's links between them (1–1, 1–2, 2–1, 1–0 …). The reader
 * works it out in the browser from the text it shows, so no sentence data travels in the page.
 */
export interface SentencePairing {
  de: Sentence[]
  en: Sentence[]
  links: Link[]
}

/** Pairs the sentences of a German block and its translation (none: every link is 1–0). */
export function pairSentences(
  de: string,
  en: string | undefined,
  anchors: Anchors = sharedTokens,
): SentencePairing {
  const german = splitSentences(de, 'de')
  const english = en ? splitSentences(en, 'en') : []
  const links = align(
    german.map((sentence) => sentence.text),
    english.map((sentence) => sentence.text),
    anchors,
  )
  return { de: german, en: english, links }
}

/** The link a German sentence belongs to. */
export function linkOfGerman(pairing: SentencePairing, sentence: number): number | undefined {
  const at = pairing.links.findIndex((link) => link.de.includes(sentence))
  return at < 0 ? undefined : at
}

/** The span of the block's text that some of a side's sentences cover, first to last. */
export function spanOf(
  sentences: readonly Sentence[],
  indexes: readonly number[],
): { start: number; end: number } | undefined {
  if (indexes.length === 0) return undefined
  const first = sentences[Math.min(...indexes)]
  const last = sentences[Math.max(...indexes)]
  return first && last ? { start: first.start, end: last.end } : undefined
}
