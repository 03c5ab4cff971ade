import { Dexie, type DexieOptions, type EntityTable } from 'dexie'
import { DB_NAME } from './dbName'
import type { BookLookups, BookRecord, ChapterRecord } from '@/lib/books/records'
import type { ImportedText } from '@/lib/import/types'
import type { CardRecord, ReviewRecord, WordRecord } from '@/lib/learning/types'
import type { SyncMeta } from '@/lib/sync/local'

/** The stamps of one synced record (`lib/sync/local.ts`), and whether it waits to be pushed. */
export interface SyncRecordRow {
  /** `table \u0000 key` (`refOf`). */
  ref: string
  meta: SyncMeta
  /** 1 while the server lacks this version: the outbox; 2 when it is too large to send. */
  pending: 0 | 1 | 2
}

/** One value of the device's sync state: its id, clock, space, cursor (`lib/storage/syncStore.ts`). */
export interface SyncStateRow {
  name: string
  value: unknown
}

/**
 * The reader's words, cards and review log in IndexedDB. Each version below stays as it
 * shipped; a change adds a version with its upgrade, so a reader's data moves forward
 * whatever version it was written by.
 */
export class LearningDb extends Dexie {
  words!: EntityTable<WordRecord, 'key'>
  cards!: EntityTable<CardRecord, 'id'>
  reviews!: EntityTable<ReviewRecord, 'id'>
  texts!: EntityTable<ImportedText, 'id'>
  books!: EntityTable<BookRecord, 'id'>
  chapters!: Dexie.Table<ChapterRecord, [string, number]>
  syncRecords!: EntityTable<SyncRecordRow, 'ref'>
  syncState!: EntityTable<SyncStateRow, 'name'>
  bookLookups!: EntityTable<BookLookups, 'book'>

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores({
      words: 'key, status',
      cards: 'id, word, due',
      reviews: 'id, card',
    })
    // Version 2 indexes what /words filters and sorts by and what "reviews today" counts,
    // and normalises keys to NFC: version 1 stored keys as typed, and a decomposed "ü"
    // would never match the reader's words.
    this.version(2)
      .stores({
        words: 'key, status, addedAt, source.slug',
        reviews: 'id, card, review',
      })
      .upgrade(async (tx) => {
        const words = tx.table<WordRecord, string>('words')
        const cards = tx.table<CardRecord, string>('cards')
        for (const word of await words.toArray()) {
          const key = word.key.normalize('NFC')
          if (key === word.key) continue
          await words.delete(word.key)
          if (!(await words.get(key))) await words.put({ ...word, key })
        }
        for (const card of await cards.toArray()) {
          const word = card.word.normalize('NFC')
          if (word === card.word) continue
          await cards.delete(card.id)
          const id = card.id.normalize('NFC')
          if (!(await cards.get(id))) await cards.put({ ...card, id, word })
        }
        await tx
          .table<ReviewRecord, string>('reviews')
          .toCollection()
          .modify((review) => {
            review.card = review.card.normalize('NFC')
          })
      })
    // Version 3 keeps the reader's imported texts, newest first.
    this.version(3).stores({ texts: 'id, updatedAt' })
    // Version 4 keeps books: the book's record (contents, place) apart from its chapters'
    // text, so that opening a book reads one chapter, not the whole book.
    this.version(4).stores({ books: 'id, updatedAt', chapters: '[book+index], book' })
    // Version 5 syncs: each synced record's clock stamps and its place in the outbox, and
    // the device's sync state. Records written before it are stamped when sync is turned on.
    this.version(5).stores({ syncRecords: 'ref, pending', syncState: 'name' })
    // Version 6 keeps a book's dictionary lookups, fetched at import, apart from its record:
    // the library lists books without reading them, and every chapter has popups offline.
    this.version(6).stores({ bookLookups: 'book' })
  }
}
