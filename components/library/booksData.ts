import { liveQuery } from 'dexie'
import { shareRead } from '@/lib/books/progress'
import { getBookStore } from '@/components/storage/bookStore'
import type { BookRecord } from '@/lib/books/records'
import type { StoredBook } from '@/lib/storage/bookStore'
import { toStorageError, type StorageError } from '@/lib/storage/storageError'

// The library's books, loaded when the page is idle: the storage code never delays the
// curated list.
export { toStorageError }

export interface BookSummary {
  book: BookRecord
  /** Share of its words read, 0 to 1. */
  read: number
}

export interface BookList {
  books: BookSummary[]
  unreadable: number
}

/** The books, kept current as books are added, read or removed in this or another tab. */
export function watchBooks(
  onList: (list: BookList) => void,
  onError: (error: StorageError) => void,
): () => void {
  const subscription = liveQuery(async () => {
    const { books, unreadable } = await getBookStore().list()
    return { books: books.map((book) => ({ book, read: shareRead(book) })), unreadable }
  }).subscribe({
    next: onList,
    error: (error: unknown) => onError(toStorageError(error)),
  })
  return () => subscription.unsubscribe()
}

export const removeBook = (id: string) => getBookStore().remove(id)

export const restoreBook = (stored: StoredBook) => getBookStore().restore(stored)
