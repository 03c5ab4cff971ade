import type { BookRecord, ChapterRecord } from '@/lib/books/records'
import type { ImportedText } from '@/lib/import/types'
import type { BookStore } from '@/lib/storage/bookStore'
import { getBookStore } from '@/components/storage/bookStore'

// The book reader's storage, loaded when the page has loaded: Dexie never delays its shell.

export interface OpenedBook {
  book: BookRecord
  store: BookStore
}

/** A book from this device's storage, or undefined when it is not here. */
export async function openBook(id: string): Promise<OpenedBook | undefined> {
  const store = getBookStore()
  const book = await store.get(id)
  return book && { book, store }
}

/**
 * A chapter as an imported text, with the book's corrections as they are now: the one
 * analysis path of imported texts then gives its words their popups.
 */
export async function chapterText(
  store: BookStore,
  book: BookRecord,
  chapter: ChapterRecord,
): Promise<ImportedText> {
  const current = (await store.get(book.id)) ?? book
  return {
    id: book.id,
    title: book.chapters[chapter.index]?.title ?? book.title,
    de: chapter.blocks,
    // Its English, when it has some, lets the popup choose the meaning in this text.
    ...(chapter.en ? { en: chapter.en } : {}),
    corrections: current.corrections,
    createdAt: book.createdAt,
    updatedAt: current.updatedAt,
  }
}
