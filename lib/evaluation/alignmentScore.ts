import type { Anchors, Link } from '@/lib/alignment/align'
import { align } from '@/lib/alignment/align'
import { alignParagraphs } from '@/lib/alignment/books'
import { splitSentences, type SentenceLanguage } from '@/lib/text/sentences'
import type { ParagraphGold, SentenceGold, SentencePair } from './alignmentGold'

export interface LinkScore {
  /** Links the aligner made, links in the gold, and links in both. */
  found: number
  gold: number
  right: number
}

const key = (de: Iterable<number>, en: Iterable<number>) =>
  `${[...new Set(de)].sort((a, b) => a - b).join(',')}|${[...new Set(en)].sort((a, b) => a - b).join(',')}`

/**
 * The aligner's sentences of one side, each as the gold sentences it overlaps: the aligner's
 * splitter may cut differently, so links are compared by the text they cover.
 */
function systemSentences(side: SentencePair['de'], language: SentenceLanguage) {
  return side.blocks.flatMap((text, block) =>
    splitSentences(text, language).map((sentence) => ({
      text: sentence.text,
      gold: side.sentences.flatMap((gold, index) =>
        gold.block === block && gold.start < sentence.end && sentence.start < gold.end
          ? [index]
          : [],
      ),
    })),
  )
}

/** Exact link match: a link is right when it covers the same gold sentences on both sides. */
export function scoreSentencePair(pair: SentencePair, anchors: Anchors): LinkScore {
  const de = systemSentences(pair.de, 'de')
  const en = systemSentences(pair.en, 'en')
  const links = align(
    de.map((s) => s.text),
    en.map((s) => s.text),
    anchors,
  )
  const found = new Set(
    links.map((link) =>
      key(
        link.de.flatMap((i) => de[i]!.gold),
        link.en.flatMap((j) => en[j]!.gold),
      ),
    ),
  )
  const gold = new Set(pair.links.map((link) => key(link.de, link.en)))
  return { found: found.size, gold: gold.size, right: [...found].filter((k) => gold.has(k)).length }
}

export function scoreSentenceGold(gold: SentenceGold, anchors: Anchors): LinkScore {
  return gold.pairs
    .map((pair) => scoreSentencePair(pair, anchors))
    .reduce(
      (a, b) => ({ found: a.found + b.found, gold: a.gold + b.gold, right: a.right + b.right }),
      {
        found: 0,
        gold: 0,
        right: 0,
      },
    )
}

export interface ParagraphScore extends LinkScore {
  /** Links not flagged as doubtful, and the right ones among them. */
  sure: number
  sureRight: number
  flagged: number
}

/** Paragraph pairs of a book and its translation against the gold, flagged ones apart. */
export function scoreParagraphGold(gold: ParagraphGold, anchors: Anchors): ParagraphScore {
  const block = (text: string) => ({ kind: 'paragraph' as const, text })
  const links = alignParagraphs(
    gold.de.paragraphs.map((p) => block(p.text)),
    gold.en.paragraphs.map((p) => block(p.text)),
    anchors,
  )
  const goldKeys = new Set(gold.pairs.map((pair) => key(pair.de, pair.en)))
  // The gold names paragraphs by their number in the source file, which starts at `from`.
  const right = (link: Link) =>
    goldKeys.has(
      key(
        link.de.map((i) => gold.de.paragraphs[i]!.index),
        link.en.map((j) => gold.en.paragraphs[j]!.index),
      ),
    )
  const sure = links.filter((link) => !link.doubtful)
  return {
    found: links.length,
    gold: goldKeys.size,
    right: links.filter(right).length,
    sure: sure.length,
    sureRight: sure.filter(right).length,
    flagged: links.length - sure.length,
  }
}
