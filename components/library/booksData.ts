import { liveQuery } from 'dexie'
import { shareRead } from '@/lib/books/progress'
import { getBookStore } from '@/components/storage/bookStore'
import { getLearningStore } from '@/components/storage/learningStore'
import { textProgress } from '@/lib/learning/progress'
import { statusOf } from '@/lib/learning/status'
import type { WordRecord } from '@/lib/learning/types'
import type { BookRecord } from '@/lib/books/records'
import type { StoredBook } from '@/lib/storage/bookStore'
import { toStorageError, type StorageError } from '@/lib/storage/storageError'

// The library's books, loaded when the page is idle: the storage code never delays the
// curated list.

export interface BookSummary {
  book: BookRecord
  /** Share of its words read, 0 to 1. */
  read: number
  /**
   * Share of its running words known, 0 to 1, from the lemmas counted at import; undefined
   * for a book imported without the dictionary, or before the reader's words are read.
   */
  known?: number
}

export interface BookList {
  books: BookSummary[]
  unreadable: number
}

/**
 * The books, kept current as books are added, read or removed and as words are marked, in
 * this or another tab.
 */
export function watchBooks(
  onList: (list: BookList) => void,
  onError: (error: StorageError) => void,
): () => void {
  let stored: { books: BookRecord[]; unreadable: number } | undefined
  let words: ReadonlyMap<string, WordRecord> | undefined
  let stopped = false
  let unwatchWords: (() => void) | undefined
  const show = () => {
    if (!stored) return
    onList({
      books: stored.books.map((book) => {
        const known =
          book.lemmas && words
            ? textProgress(book.lemmas, (key) => statusOf(words!, key)).knownShare
            : undefined
        return { book, read: shareRead(book), ...(known === undefined ? {} : { known }) }
      }),
      unreadable: stored.unreadable,
    })
  }
  const subscription = liveQuery(() => getBookStore().list()).subscribe({
    next: (list) => {
      stored = list
      show()
    },
    error: (error: unknown) => onError(toStorageError(error)),
  })
  void getLearningStore().then(
    (store) => {
      if (stopped) return
      unwatchWords = store.watchWords((records) => {
        words = records
        show()
      }, onError)
    },
    // The books still show without their share known; the words page explains the failure.
    () => {},
  )
  return () => {
    stopped = true
    subscription.unsubscribe()
    unwatchWords?.()
  }
}

export const removeBook = (id: string) => getBookStore().remove(id)

export const restoreBook = (stored: StoredBook) => getBookStore().restore(stored)
