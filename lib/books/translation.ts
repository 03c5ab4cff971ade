import * as z from 'zod/mini'
import type { Link } from '@/lib/alignment/align'
import { alignParagraphs, DOUBTFUL_BELOW, type ParagraphLink } from '@/lib/alignment/books'
import type { BookBlock, BookChapter } from './types'

/**
 * Where a chapter's English came from: a published translation the reader added (paired by
 * the aligner), or the device's translator. Blocks the reader edited since are theirs.
 */
export interface ChapterTranslationSource {
  by: 'published' | 'machine'
  /** Indexes of the German blocks whose English the reader edited or paired by hand. */
  edited: number[]
  /** A published translation: how sure the aligner was of each German block's pair, 0 to 1. */
  confidence?: number[]
  /** German blocks whose pair the aligner doubts and the reader has not checked yet. */
  doubtful?: number[]
}

/**
 * A chapter's English, one entry per German block as an imported text's: a block with no
 * English beside it (left out by the translator, or the second of two German paragraphs
 * translated as one) has an empty text. A machine translation under way is shorter.
 */
export interface ChapterTranslation {
  en: BookBlock[]
  translation: ChapterTranslationSource
}

const index = z.int().check(z.nonnegative())

export const chapterTranslationSchema = z.object({
  by: z.enum(['published', 'machine']),
  edited: z.array(index),
  confidence: z.optional(z.array(z.number().check(z.gte(0), z.lte(1)))),
  doubtful: z.optional(z.array(index)),
}) satisfies z.ZodMiniType<ChapterTranslationSource>

/** An English block, which may be empty where no English stands beside its German. */
export const englishBlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'note']),
  text: z.string(),
  verse: z.optional(z.literal(true)),
})

/** The gap beside a German block that has no English of its own. */
export const noEnglish = (): BookBlock => ({ kind: 'paragraph', text: '' })

const joinBlocks = (blocks: readonly BookBlock[]): BookBlock =>
  blocks.length === 1
    ? blocks[0]!
    : { kind: blocks[0]?.kind ?? 'paragraph', text: blocks.map((b) => b.text).join(' ') }

/**
 * Turns the aligner's paragraph links into one English block per German block: a link with
 * as many blocks on each side pairs them in order; otherwise the first German block of the
 * link gets all its English, joined, and the others of the link get a gap.
 * English the aligner could pair with no German block (a 0–1 link) is joined to the English
 * before it (or after it, at the start) and that pair is flagged: nothing is dropped.
 */
export function blocksFromLinks(
  deCount: number,
  en: readonly BookBlock[],
  links: readonly ParagraphLink[],
): ChapterTranslation {
  const english: BookBlock[] = Array.from({ length: deCount }, noEnglish)
  const confidence: number[] = Array.from({ length: deCount }, () => 1)
  const doubtful = new Set<number>()
  /** English of 0–1 links waiting for a German block to join (at the chapter's start). */
  let orphans: BookBlock[] = []
  let last = -1
  for (const link of links) {
    const blocks = link.en.map((j) => en[j]!).filter(Boolean)
    const [first] = link.de
    if (first === undefined) {
      if (last < 0) orphans.push(...blocks)
      else {
        english[last] = joinBlocks([english[last]!, ...blocks].filter((b) => b.text))
        doubtful.add(last)
      }
      continue
    }
    if (link.de.length === blocks.length && orphans.length === 0)
      // A 2–2 link keeps its paragraphs one to one, so the editor can still move them.
      link.de.forEach((i, k) => (english[i] = blocks[k]!))
    else if (orphans.length + blocks.length > 0)
      english[first] = joinBlocks([...orphans, ...blocks])
    if (orphans.length > 0) doubtful.add(first)
    orphans = []
    for (const i of link.de) {
      confidence[i] = link.confidence
      if (link.doubtful) doubtful.add(i)
    }
    last = first
  }
  // A chapter with no German block cannot be, but English with none to join stays kept.
  if (orphans.length > 0 && deCount > 0) english[0] = joinBlocks(orphans)
  return {
    en: english,
    translation: {
      by: 'published',
      edited: [],
      confidence,
      doubtful: [...doubtful].sort((a, b) => a - b),
    },
  }
}

/** A German chapter's blocks paired with its English chapter's, paragraph by paragraph. */
export const pairParagraphs = (de: readonly BookBlock[], en: readonly BookBlock[]) =>
  blocksFromLinks(de.length, en, alignParagraphs(de, en))

/**
 * One English chapter (or none) for each German chapter, from the aligner's chapter links:
 * a link's first German chapter takes its first English one. The reader corrects this;
 * the pairs the aligner is unsure of (`DOUBTFUL_BELOW`) are named for them to look at.
 */
export function chapterChoices(
  deCount: number,
  links: readonly Link[],
): { choices: (number | null)[]; doubtful: number[] } {
  const choices: (number | null)[] = Array.from({ length: deCount }, () => null)
  const doubtful: number[] = []
  for (const link of links) {
    const [de] = link.de
    const [en] = link.en
    if (de === undefined || en === undefined) continue
    choices[de] = en
    if (link.confidence < DOUBTFUL_BELOW) doubtful.push(de)
  }
  return { choices, doubtful }
}

/** An English chapter chosen for more than one German chapter: the pairing step says so. */
export function repeatedChoices(choices: readonly (number | null)[]): number[] {
  const seen = new Set<number>()
  const repeated = new Set<number>()
  for (const choice of choices) {
    if (choice === null) continue
    if (seen.has(choice)) repeated.add(choice)
    seen.add(choice)
  }
  return [...repeated].sort((a, b) => a - b)
}

/** What the pairing step hands on: each German chapter with the English chosen for it. */
export interface ChapterPairing {
  de: number
  en: BookChapter
}

export const pairingsOf = (
  choices: readonly (number | null)[],
  en: readonly BookChapter[],
): ChapterPairing[] =>
  choices.flatMap((choice, de) => {
    const chapter = choice === null ? undefined : en[choice]
    return chapter ? [{ de, en: chapter }] : []
  })

/**
 * The pairs the reader made in the alignment editor: the German is the book's and stays;
 * the English is as they left it, one per German block. A block whose English changed is
 * marked as the reader's; only the pairs they left flagged stay doubtful.
 */
export function pairedByReader(
  before: ChapterTranslation,
  en: readonly BookBlock[],
  doubtful: readonly number[] = [],
): ChapterTranslation {
  const changed = [...en.keys()].filter((i) => en[i]?.text !== before.en[i]?.text)
  return {
    en: [...en],
    translation: {
      ...before.translation,
      edited: [...new Set([...before.translation.edited, ...changed])].sort((a, b) => a - b),
      doubtful: [...doubtful],
    },
  }
}

/** Where a chapter's English stands, for the contents and the library. */
export interface ChapterTranslationSummary {
  by: ChapterTranslationSource['by']
  /** Pairs still flagged for the reader to check. */
  doubtful: number
  /** Whether every German block has its English (a machine translation may be under way). */
  complete: boolean
}

export function summariseTranslation(
  blocks: number,
  { en, translation }: ChapterTranslation,
): ChapterTranslationSummary {
  return {
    by: translation.by,
    doubtful: translation.doubtful?.length ?? 0,
    complete: en.length >= blocks,
  }
}

export const chapterTranslationSummarySchema = z.object({
  by: z.enum(['published', 'machine']),
  doubtful: z.int().check(z.nonnegative()),
  complete: z.boolean(),
}) satisfies z.ZodMiniType<ChapterTranslationSummary>
