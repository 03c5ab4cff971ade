import type { BookWords } from '@/lib/analysis/worker/protocol'
import type { ReadBook } from '@/lib/books/readBook'
import type { BookRecord } from '@/lib/books/records'
import { getBookStore } from '@/components/storage/bookStore'

// The book import's storage, loaded once a book has been read: Dexie never delays the form.
export { readBookInWorker } from './readBookInWorker'
export { BookLookupError, lookUpBookInWorker } from './lookUpBookInWorker'

/**
 * Stores a book read from a file, all its chapters, its words looked up and a shared file's
 * corrections and English in one transaction.
 */
export function saveBook(
  { book, corrections, english }: ReadBook,
  words?: BookWords,
): Promise<BookRecord> {
  return getBookStore().add(book, {
    ...(words ? { words } : {}),
    ...(corrections ? { corrections } : {}),
    ...(english ? { english } : {}),
  })
}
