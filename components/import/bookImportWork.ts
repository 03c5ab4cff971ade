import type { ParsedBook } from '@/lib/books/types'
import type { BookRecord } from '@/lib/books/records'
import { getBookStore } from '@/components/storage/bookStore'

// The book import's storage, loaded once a book has been read: Dexie never delays the form.
export { readBookInWorker } from './readBookInWorker'

/** Stores a book read from a file, all its chapters in one transaction. */
export function saveBook(book: ParsedBook): Promise<BookRecord> {
  return getBookStore().add(book)
}
