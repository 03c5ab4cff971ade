import { LearningDb } from './db'
import { ReadingStore } from './readingStore'
import { guarded } from './storageError'
import { logChanges, syncLogTables, type Change } from './syncLog'
import { booksTable, chapterKey, chaptersTable } from '@/lib/sync/registry'
import type { BookWords } from '@/lib/analysis/worker/protocol'
import {
  bookRecordSchema,
  chapterRecordSchema,
  type BookLookups,
  type BookRecord,
  type ChapterRecord,
  type ReadingPosition,
} from '@/lib/books/records'
import { noEnglish, summariseTranslation, type ChapterTranslation } from '@/lib/books/translation'
import type { ChapterEnglish } from '@/lib/books/sharedBook'
import type { BookBlock, ParsedBook } from '@/lib/books/types'
import { countWords } from '@/lib/text/tokenize'

/** A book with all its chapters: what a deletion gives back, so that it can be undone. */
export interface StoredBook {
  book: BookRecord
  chapters: ChapterRecord[]
  lookups?: BookLookups
}

/**
 * What comes with a book beside its text: its words looked up, a shared file's corrections
 * and its chapters' English (with whose it is).
 */
export interface BookExtras {
  words?: BookWords
  corrections?: Record<string, string>
  english?: readonly ChapterEnglish[]
}

/** The reader's books, in the same local database as their words and imported texts. */
export class BookStore {
  constructor(
    readonly db: LearningDb = new LearningDb(),
    /** The chapters' readings kept by the analysis worker: a deleted book's are freed too. */
    private readonly readings = new ReadingStore(),
  ) {}

  /**
   * Stores a book and all its chapters in one transaction: a full disk or any other failure
   * leaves nothing of it behind.
   */
  async add(book: ParsedBook, extras: BookExtras = {}, now = Date.now()): Promise<BookRecord> {
    const id = crypto.randomUUID()
    const english = new Map(
      (extras.english ?? []).map(({ index, translation }) => [index, translation]),
    )
    const record: BookRecord = {
      id,
      title: book.title,
      ...(book.author ? { author: book.author } : {}),
      ...(book.declaredLanguage ? { language: book.declaredLanguage } : {}),
      chapters: book.chapters.map((chapter, index) => {
        const translation = english.get(index)
        return {
          title: chapter.title,
          words:
            chapter.words ?? chapter.blocks.reduce((sum, block) => sum + countWords(block.text), 0),
          blocks: chapter.blocks.length,
          ...(translation
            ? { translation: summariseTranslation(chapter.blocks.length, translation) }
            : {}),
        }
      }),
      dropped: book.dropped,
      corrections: extras.corrections ?? {},
      position: { chapter: 0, block: 0 },
      readBlocks: book.chapters.map(() => 0),
      ...(extras.words ? { lemmas: extras.words.lemmas } : {}),
      createdAt: now,
      updatedAt: now,
    }
    const chapters: ChapterRecord[] = book.chapters.map((chapter, index) => ({
      book: id,
      index,
      blocks: chapter.blocks,
      ...english.get(index),
    }))
    const lookups = extras.words && { book: id, lookups: extras.words.lookups }
    await guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.books, this.db.chapters, this.db.bookLookups, ...syncLogTables(this.db)],
        async () => {
          await this.db.books.add(record)
          await this.db.chapters.bulkAdd(chapters)
          if (lookups) await this.db.bookLookups.add(lookups)
          await logChanges(
            this.db,
            booksTable,
            [{ key: id, before: undefined, after: record }],
            now,
          )
          await logChanges(
            this.db,
            chaptersTable,
            chapters.map((c) => chapterChange(undefined, c)),
            now,
          )
        },
      ),
    )
    return record
  }

  /** Readable books, the last read first; a record that fails validation is counted. */
  async list(): Promise<{ books: BookRecord[]; unreadable: number }> {
    return guarded(async () => {
      const rows = await this.db.books.toArray()
      const books = rows
        .filter((row) => bookRecordSchema.safeParse(row).success)
        .sort((a, b) => b.updatedAt - a.updatedAt)
      return { books, unreadable: rows.length - books.length }
    })
  }

  async get(id: string): Promise<BookRecord | undefined> {
    return guarded(async () => {
      const row = await this.db.books.get(id)
      return row && bookRecordSchema.safeParse(row).success ? row : undefined
    })
  }

  async chapter(id: string, index: number): Promise<ChapterRecord | undefined> {
    return guarded(async () => {
      const row = await this.db.chapters.get([id, index])
      return row && chapterRecordSchema.safeParse(row).success ? row : undefined
    })
  }

  /** Every chapter of a book, in order: what sharing it as a file needs. */
  async chapters(id: string): Promise<ChapterRecord[]> {
    return guarded(async () =>
      (await this.db.chapters.where('book').equals(id).sortBy('index')).filter(
        (row) => chapterRecordSchema.safeParse(row).success,
      ),
    )
  }

  /** The dictionary's answers for the book's words, when they were fetched at import. */
  async lookups(id: string): Promise<string[] | undefined> {
    return guarded(async () => (await this.db.bookLookups.get(id))?.lookups)
  }

  /** Remembers where the reader is, and how far into that chapter they have read. */
  async setPosition(id: string, position: ReadingPosition, now = Date.now()) {
    await guarded(() =>
      this.write(
        id,
        (book) => {
          const chapter = book?.chapters[position.chapter]
          if (!book || !chapter) return book
          const block = Math.min(Math.max(0, position.block), chapter.blocks - 1)
          const readBlocks = [...book.readBlocks]
          readBlocks[position.chapter] = Math.max(readBlocks[position.chapter] ?? 0, block + 1)
          return {
            ...book,
            position: { chapter: position.chapter, block },
            readBlocks,
            updatedAt: now,
          }
        },
        now,
      ),
    )
  }

  /** Counts every block of a chapter as read: "mark the rest of this chapter known" does so. */
  async finishChapter(id: string, index: number, now = Date.now()) {
    const book = await this.get(id)
    const chapter = book?.chapters[index]
    if (chapter) await this.setPosition(id, { chapter: index, block: chapter.blocks - 1 }, now)
  }

  /** Keeps the reader's gloss for an entry of this book; an empty one goes back to the dictionary's. */
  async setCorrection(id: string, key: string, gloss: string, now = Date.now()) {
    await guarded(() =>
      this.write(
        id,
        (book) => {
          if (!book) return book
          const corrections = { ...book.corrections }
          if (gloss.trim()) corrections[key] = gloss.trim()
          else delete corrections[key]
          return { ...book, corrections, updatedAt: now }
        },
        now,
      ),
    )
  }

  /**
   * Deletes a book and every chapter of it, freeing their space; returns what was deleted,
   * which `restore` puts back.
   */
  async remove(id: string, now = Date.now()): Promise<StoredBook | undefined> {
    const removed = await guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.books, this.db.chapters, this.db.bookLookups, ...syncLogTables(this.db)],
        async () => {
          const book = await this.db.books.get(id)
          const chapters = await this.db.chapters.where('book').equals(id).toArray()
          const lookups = await this.db.bookLookups.get(id)
          await this.db.chapters.where('book').equals(id).delete()
          await this.db.bookLookups.delete(id)
          await this.db.books.delete(id)
          await logChanges(this.db, booksTable, [{ key: id, before: book, after: undefined }], now)
          await logChanges(
            this.db,
            chaptersTable,
            chapters.map((c) => chapterChange(c, undefined)),
            now,
          )
          return book && { book, chapters, ...(lookups ? { lookups } : {}) }
        },
      ),
    )
    // A cache, bounded in size: if it cannot be freed now, newer readings push it out later.
    await this.readings.removeBook(id).catch(() => undefined)
    return removed
  }

  /** Puts a deleted book back as it was, all of it or nothing. */
  async restore({ book, chapters, lookups }: StoredBook, now = Date.now()) {
    await guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.books, this.db.chapters, this.db.bookLookups, ...syncLogTables(this.db)],
        async () => {
          const before = await this.db.books.get(book.id)
          await this.db.books.put(book)
          await this.db.chapters.bulkPut(chapters)
          if (lookups) await this.db.bookLookups.put(lookups)
          await logChanges(this.db, booksTable, [{ key: book.id, before, after: book }], now)
          await logChanges(
            this.db,
            chaptersTable,
            chapters.map((c) => chapterChange(undefined, c)),
            now,
          )
        },
      ),
    )
  }

  /**
   * Keeps the English of some chapters (a published translation paired by the reader, or a
   * chapter's pairs as the alignment editor left them) with the book's summary of it, in one
   * transaction: all of it or nothing. Chapters not named keep what they have.
   */
  async setTranslations(
    id: string,
    translations: readonly { index: number; translation: ChapterTranslation }[],
    now = Date.now(),
  ): Promise<BookRecord | undefined> {
    return guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.books, this.db.chapters, ...syncLogTables(this.db)],
        async () => {
          const book = await this.db.books.get(id)
          if (!book) return undefined
          const chapters = [...book.chapters]
          const changed: Change<ChapterRecord>[] = []
          for (const { index, translation } of translations) {
            const chapter = await this.db.chapters.get([id, index])
            if (!chapter || !chapters[index]) continue
            const after = { ...chapter, ...translation }
            await this.db.chapters.put(after)
            changed.push(chapterChange(chapter, after))
            chapters[index] = {
              ...chapters[index],
              translation: summariseTranslation(chapter.blocks.length, translation),
            }
          }
          const updated = { ...book, chapters, updatedAt: now }
          await this.db.books.put(updated)
          await logChanges(this.db, booksTable, [{ key: id, before: book, after: updated }], now)
          await logChanges(this.db, chaptersTable, changed, now)
          return updated
        },
      ),
    )
  }

  /**
   * Keeps one block's English: made on the device (`machine`, the next block in order), or
   * written by the reader, which marks the block as theirs. Returns the chapter as stored.
   */
  async setTranslatedBlock(
    id: string,
    chapterIndex: number,
    block: number,
    english: string,
    by: 'machine' | 'reader',
    now = Date.now(),
  ): Promise<ChapterRecord | undefined> {
    return guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.books, this.db.chapters, ...syncLogTables(this.db)],
        async () => {
          const [book, chapter] = await Promise.all([
            this.db.books.get(id),
            this.db.chapters.get([id, chapterIndex]),
          ])
          const german = chapter?.blocks[block]
          if (!book || !chapter || !german) return undefined
          const en: BookBlock[] = [...(chapter.en ?? [])]
          while (en.length < block) en.push(noEnglish())
          en[block] = { kind: german.kind, text: english.trim() }
          const source = chapter.translation ?? { by: 'machine' as const, edited: [] }
          const edited = new Set(source.edited)
          if (by === 'reader') edited.add(block)
          const translation: ChapterTranslation = {
            en,
            translation: {
              ...source,
              edited: [...edited].sort((a, b) => a - b),
              ...(source.doubtful && by === 'reader'
                ? { doubtful: source.doubtful.filter((i) => i !== block) }
                : {}),
            },
          }
          const updated: ChapterRecord = { ...chapter, ...translation }
          await this.db.chapters.put(updated)
          const chapters = [...book.chapters]
          chapters[chapterIndex] = {
            ...chapters[chapterIndex]!,
            translation: summariseTranslation(chapter.blocks.length, translation),
          }
          const after = { ...book, chapters, updatedAt: now }
          await this.db.books.put(after)
          await logChanges(this.db, booksTable, [{ key: id, before: book, after }], now)
          await logChanges(this.db, chaptersTable, [chapterChange(chapter, updated)], now)
          return updated
        },
      ),
    )
  }

  /** Writes a book's record through `change` and logs it for sync, in one transaction. */
  private write(
    id: string,
    change: (before: BookRecord | undefined) => BookRecord | undefined,
    now: number,
  ) {
    return this.db.transaction('rw', [this.db.books, ...syncLogTables(this.db)], async () => {
      const before = await this.db.books.get(id)
      const after = change(before)
      if (!after || after === before) return
      await this.db.books.put(after)
      await logChanges(this.db, booksTable, [{ key: id, before, after }], now)
    })
  }
}

function chapterChange(
  before: ChapterRecord | undefined,
  after: ChapterRecord | undefined,
): Change<ChapterRecord> {
  return { key: chapterKey((before ?? after)!), before, after }
}
