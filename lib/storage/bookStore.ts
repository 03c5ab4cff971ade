import { LearningDb } from './db'
import { guarded } from './storageError'
import type { BookWords } from '@/lib/analysis/worker/protocol'
import {
  bookRecordSchema,
  chapterRecordSchema,
  type BookLookups,
  type BookRecord,
  type ChapterRecord,
  type ReadingPosition,
} from '@/lib/books/records'
import type { ParsedBook } from '@/lib/books/types'
import { countWords } from '@/lib/text/tokenize'

/** A book with all its chapters: what a deletion gives back, so that it can be undone. */
export interface StoredBook {
  book: BookRecord
  chapters: ChapterRecord[]
  lookups?: BookLookups
}

/** What comes with a book beside its text: its words looked up, a shared file's corrections. */
export interface BookExtras {
  words?: BookWords
  corrections?: Record<string, string>
}

/** The reader's books, in the same local database as their words and imported texts. */
export class BookStore {
  constructor(readonly db: LearningDb = new LearningDb()) {}

  /**
   * Stores a book and all its chapters in one transaction: a full disk or any other failure
   * leaves nothing of it behind.
   */
  async add(book: ParsedBook, extras: BookExtras = {}, now = Date.now()): Promise<BookRecord> {
    const id = crypto.randomUUID()
    const record: BookRecord = {
      id,
      title: book.title,
      ...(book.author ? { author: book.author } : {}),
      ...(book.declaredLanguage ? { language: book.declaredLanguage } : {}),
      chapters: book.chapters.map((chapter) => ({
        title: chapter.title,
        words:
          chapter.words ?? chapter.blocks.reduce((sum, block) => sum + countWords(block.text), 0),
        blocks: chapter.blocks.length,
      })),
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
    }))
    const lookups = extras.words && { book: id, lookups: extras.words.lookups }
    await guarded(() =>
      this.db.transaction('rw', this.db.books, this.db.chapters, this.db.bookLookups, async () => {
        await this.db.books.add(record)
        await this.db.chapters.bulkAdd(chapters)
        if (lookups) await this.db.bookLookups.add(lookups)
      }),
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
      this.db.transaction('rw', this.db.books, async () => {
        const book = await this.db.books.get(id)
        const chapter = book?.chapters[position.chapter]
        if (!book || !chapter) return
        const block = Math.min(Math.max(0, position.block), chapter.blocks - 1)
        const readBlocks = [...book.readBlocks]
        readBlocks[position.chapter] = Math.max(readBlocks[position.chapter] ?? 0, block + 1)
        await this.db.books.put({
          ...book,
          position: { chapter: position.chapter, block },
          readBlocks,
          updatedAt: now,
        })
      }),
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
      this.db.transaction('rw', this.db.books, async () => {
        const book = await this.db.books.get(id)
        if (!book) return
        const corrections = { ...book.corrections }
        if (gloss.trim()) corrections[key] = gloss.trim()
        else delete corrections[key]
        await this.db.books.put({ ...book, corrections, updatedAt: now })
      }),
    )
  }

  /**
   * Deletes a book and every chapter of it, freeing their space; returns what was deleted,
   * which `restore` puts back.
   */
  async remove(id: string): Promise<StoredBook | undefined> {
    return guarded(() =>
      this.db.transaction('rw', this.db.books, this.db.chapters, this.db.bookLookups, async () => {
        const book = await this.db.books.get(id)
        const chapters = await this.db.chapters.where('book').equals(id).toArray()
        const lookups = await this.db.bookLookups.get(id)
        await this.db.chapters.where('book').equals(id).delete()
        await this.db.bookLookups.delete(id)
        await this.db.books.delete(id)
        return book && { book, chapters, ...(lookups ? { lookups } : {}) }
      }),
    )
  }

  /** Puts a deleted book back as it was, all of it or nothing. */
  async restore({ book, chapters, lookups }: StoredBook) {
    await guarded(() =>
      this.db.transaction('rw', this.db.books, this.db.chapters, this.db.bookLookups, async () => {
        await this.db.books.put(book)
        await this.db.chapters.bulkPut(chapters)
        if (lookups) await this.db.bookLookups.put(lookups)
      }),
    )
  }
}
