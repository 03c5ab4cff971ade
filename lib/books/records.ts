import * as z from 'zod/mini'
import type { TextLemmas } from '@/lib/learning/progress'
import {
  chapterTranslationSchema,
  chapterTranslationSummarySchema,
  englishBlockSchema,
  type ChapterTranslationSource,
  type ChapterTranslationSummary,
} from './translation'
import type { BookBlock, DroppedContent } from './types'

/** Where the reader is in a book: a chapter and a block of it. */
export interface ReadingPosition {
  chapter: number
  block: number
}

/** A chapter as the library lists it, without its text. */
export interface ChapterSummary {
  title: string
  words: number
  blocks: number
  /** Whether the chapter has English beside it, whose, and how many pairs are doubtful. */
  translation?: ChapterTranslationSummary
}

/** A book on the device: its table of contents and the reader's place and corrections. */
export interface BookRecord {
  id: string
  title: string
  author?: string
  /** The language the file declared (`dc:language`), when it did. */
  language?: string
  chapters: ChapterSummary[]
  dropped: DroppedContent
  /** The reader's own glosses, by entry key, for the whole book. */
  corrections: Record<string, string>
  position: ReadingPosition
  /** The furthest block read in each chapter, for the share read. */
  readBlocks: number[]
  /**
   * How often each lemma occurs in the book, counted at import: the library's share of words
   * known. Missing when the dictionary could not be reached then.
   */
  lemmas?: TextLemmas
  createdAt: number
  updatedAt: number
}

/**
 * The dictionary's answers for every word of a book, fetched at import (each lookup request's
 * JSON as it came): every chapter then has its popups offline.
 */
export interface BookLookups {
  book: string
  lookups: string[]
}

/** One chapter's text, stored apart so that opening a book reads only the chapter shown. */
export interface ChapterRecord {
  book: string
  index: number
  blocks: BookBlock[]
  /** English paired with the blocks one to one, as an imported text's (`lib/books/translation.ts`). */
  en?: BookBlock[]
  translation?: ChapterTranslationSource
}

const blockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'note']),
  text: z.string().check(z.minLength(1)),
  verse: z.optional(z.literal(true)),
})

const count = z.int().check(z.nonnegative())

export const bookRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  author: z.optional(z.string()),
  language: z.optional(z.string()),
  chapters: z
    .array(
      z.object({
        title: z.string(),
        words: count,
        blocks: count,
        translation: z.optional(chapterTranslationSummarySchema),
      }),
    )
    .check(z.minLength(1)),
  dropped: z.object({ images: count, styles: count, scripts: count }),
  corrections: z.record(z.string(), z.string()),
  position: z.object({ chapter: count, block: count }),
  readBlocks: z.array(count),
  lemmas: z.optional(z.record(z.string(), count)),
  createdAt: z.int(),
  updatedAt: z.int(),
}) satisfies z.ZodMiniType<BookRecord>

export const chapterRecordSchema = z
  .object({
    book: z.string().check(z.minLength(1)),
    index: count,
    blocks: z.array(blockSchema).check(z.minLength(1)),
    en: z.optional(z.array(englishBlockSchema)),
    translation: z.optional(chapterTranslationSchema),
  })
  .check(
    // English pairs with the German one to one, and says whose it is.
    z.refine(
      (chapter) =>
        chapter.en === undefined ||
        (chapter.translation !== undefined && chapter.en.length <= chapter.blocks.length),
      { message: 'a chapter’s English has more blocks than its German, or no source' },
    ),
  ) satisfies z.ZodMiniType<ChapterRecord>
