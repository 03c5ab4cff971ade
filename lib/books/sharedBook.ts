import * as z from 'zod/mini'
import { parseJsonFile } from '@/lib/validation/browserZod'
import { sharedFileName } from '@/lib/import/shared'
import { BookError } from './bookError'
import type { BookRecord, ChapterRecord } from './records'
import { SHARED_BOOK_FORMAT } from './sharedBookFormat'
import {
  chapterTranslationSchema,
  englishBlockSchema,
  type ChapterTranslation,
} from './translation'
import type { ParsedBook } from './types'

const block = z.object({
  kind: z.enum(['heading', 'paragraph', 'note']),
  text: z.string().check(z.minLength(1)),
  verse: z.optional(z.literal(true)),
})

/**
 * A chapter, with its English when it has some: one block per German block (a machine
 * translation under way has fewer), and whose it is, block by block (`chapterTranslationSchema`:
 * published or machine, the blocks the reader edited, the pairs still doubtful). Files shared
 * before books had English have neither field, and still import.
 */
const sharedChapter = z
  .object({
    title: z.string(),
    blocks: z.array(block).check(z.minLength(1)),
    en: z.optional(z.array(englishBlockSchema)),
    translation: z.optional(chapterTranslationSchema),
  })
  .check(
    z.superRefine((chapter, context) => {
      const german = chapter.blocks.length
      const fail = (path: (string | number)[], message: string) =>
        context.issues.push({ code: 'custom', input: chapter, path, message })
      if (chapter.en && !chapter.translation)
        fail(['translation'], 'English without saying whose it is')
      if (chapter.translation && !chapter.en) fail(['en'], 'whose English, but no English')
      if (chapter.en && chapter.en.length > german)
        fail(['en'], `${chapter.en.length} English blocks for ${german} German blocks`)
      const { edited = [], doubtful = [], confidence = [] } = chapter.translation ?? {}
      for (const [field, indexes] of [
        ['edited', edited],
        ['doubtful', doubtful],
      ] as const)
        indexes.forEach((at, i) => {
          if (at >= german) fail(['translation', field, i], `no German block ${at}`)
        })
      if (confidence.length > german)
        fail(['translation', 'confidence'], `${confidence.length} values for ${german} blocks`)
    }),
  )

const sharedBookSchema = z.object({
  format: z.literal(SHARED_BOOK_FORMAT),
  version: z.literal(1),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  author: z.optional(z.string().check(z.maxLength(300))),
  language: z.optional(z.string().check(z.maxLength(35))),
  chapters: z.array(sharedChapter).check(z.minLength(1)),
  corrections: z.record(z.string(), z.string().check(z.maxLength(2000))),
})
export type SharedBook = z.infer<typeof sharedBookSchema>

/**
 * The file a book is shared as: its chapters with their English and whose it is, block by
 * block, and the reader's corrections; not their place in it.
 */
export function toSharedBook(book: BookRecord, chapters: readonly ChapterRecord[]): SharedBook {
  return {
    format: SHARED_BOOK_FORMAT,
    version: 1,
    title: book.title,
    ...(book.author ? { author: book.author } : {}),
    ...(book.language ? { language: book.language } : {}),
    chapters: chapters.map((chapter) => ({
      title: book.chapters[chapter.index]?.title ?? '',
      blocks: chapter.blocks,
      ...(chapter.en && chapter.translation
        ? { en: chapter.en, translation: chapter.translation }
        : {}),
    })),
    corrections: book.corrections,
  }
}

/** A chapter's English, by the chapter's place in the book. */
export interface ChapterEnglish {
  index: number
  translation: ChapterTranslation
}

/** `Die Leiden des jungen Werther` → `die-leiden-des-jungen-werther.zweiklang-book.json` */
export const sharedBookFileName = (title: string) =>
  sharedFileName(title).replace(/\.zweiklang\.json$/u, '.zweiklang-book.json')

/**
 * Reads a shared book file, its chapters' English apart; a bad one is a BookError naming what
 * is wrong and where (`chapters.2.translation.edited.0: no German block 40`).
 */
export function readSharedBook(raw: string): {
  book: ParsedBook
  corrections: Record<string, string>
  english: ChapterEnglish[]
} {
  const shared = parseJsonFile(
    raw,
    sharedBookSchema,
    (reason) => new BookError('badShare', { reason }),
  )
  return {
    book: {
      title: shared.title,
      ...(shared.author ? { author: shared.author } : {}),
      ...(shared.language ? { declaredLanguage: shared.language } : {}),
      chapters: shared.chapters.map(({ title, blocks }) => ({ title, blocks })),
      dropped: { images: 0, styles: 0, scripts: 0 },
    },
    corrections: shared.corrections,
    english: shared.chapters.flatMap(({ en, translation }, index) =>
      en && translation ? [{ index, translation: { en, translation } }] : [],
    ),
  }
}
