import * as z from 'zod/mini'
import { parseJsonFile } from '@/lib/validation/browserZod'
import { sharedFileName } from '@/lib/import/shared'
import { BookError } from './bookError'
import type { BookRecord, ChapterRecord } from './records'
import { SHARED_BOOK_FORMAT } from './sharedBookFormat'
import type { ParsedBook } from './types'

const block = z.object({
  kind: z.enum(['heading', 'paragraph', 'note']),
  text: z.string().check(z.minLength(1)),
  verse: z.optional(z.literal(true)),
})

const sharedBookSchema = z.object({
  format: z.literal(SHARED_BOOK_FORMAT),
  version: z.literal(1),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  author: z.optional(z.string().check(z.maxLength(300))),
  language: z.optional(z.string().check(z.maxLength(35))),
  chapters: z
    .array(z.object({ title: z.string(), blocks: z.array(block).check(z.minLength(1)) }))
    .check(z.minLength(1)),
  corrections: z.record(z.string(), z.string().check(z.maxLength(2000))),
})
export type SharedBook = z.infer<typeof sharedBookSchema>

/** The file a book is shared as: its chapters and the reader's corrections, not their place. */
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
    })),
    corrections: book.corrections,
  }
}

/** `Die Leiden des jungen Werther` → `die-leiden-des-jungen-werther.zweiklang-book.json` */
export const sharedBookFileName = (title: string) =>
  sharedFileName(title).replace(/\.zweiklang\.json$/u, '.zweiklang-book.json')

/** Reads a shared book file; a bad one is a BookError naming what is wrong and where. */
export function readSharedBook(raw: string): {
  book: ParsedBook
  corrections: Record<string, string>
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
      chapters: shared.chapters,
      dropped: { images: 0, styles: 0, scripts: 0 },
    },
    corrections: shared.corrections,
  }
}
