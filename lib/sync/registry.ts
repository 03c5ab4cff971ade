import type { BookRecord, ChapterRecord } from '@/lib/books/records'
import type { ImportedText } from '@/lib/import/types'
import type { CardRecord, ReviewRecord, WordRecord } from '@/lib/learning/types'

/**
 * One synced table: how its records split into groups that merge on their own, and how the
 * groups make a record again. A later feature syncs by adding its table here (and to the
 * Dexie schema); the engine, the merge and the backup need nothing else.
 */
export interface SyncedTable<R = unknown> {
  /** The Dexie table, and the name records carry. */
  name: string
  /** The shape of this table's records as this app writes them; raise it with the shape. */
  version: number
  keyOf(record: R): string
  /** When a record written before sync was last changed: its groups' first stamps. */
  timeOf(record: R): number
  /** The record's groups; a group missing here that the record had is cleared. */
  split(record: R): Record<string, unknown>
  /** The record from its groups; undefined when the existence group was deleted. */
  join(groups: Record<string, unknown>): R | undefined
  /** The group whose deletion deletes the record. */
  existence: string
  /** Records are written once and never change or go: the review log. */
  appendOnly: boolean
}

const WHOLE = 'record'
/** The group that holds the time of the last change, for the lists sorted by it. */
const AT = 'at'
/** A reader's gloss correction, one group per entry, so two devices' corrections both stay. */
const CORRECTION = 'c:'

function whole<R>(
  name: string,
  keyOf: (record: R) => string,
  timeOf: (record: R) => number,
  appendOnly = false,
): SyncedTable<R> {
  return {
    name,
    version: 1,
    keyOf,
    timeOf,
    split: (record) => ({ [WHOLE]: record }),
    join: (groups) => (groups[WHOLE] ?? undefined) as R | undefined,
    existence: WHOLE,
    appendOnly,
  }
}

function splitCorrections(corrections: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(corrections).map(([key, gloss]) => [CORRECTION + key, gloss]),
  )
}

function joinCorrections(groups: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(groups)
      .filter(([name, gloss]) => name.startsWith(CORRECTION) && typeof gloss === 'string')
      .map(([name, gloss]) => [name.slice(CORRECTION.length), gloss as string]),
  )
}

type WordSense = Pick<
  WordRecord,
  'key' | 'sense' | 'lemma' | 'pos' | 'gender' | 'glosses' | 'addedAt'
>

/**
 * A saved word merges per field: its status, its note, its sense and where it was saved
 * from are separate groups, so a note written on one device and a status set on another
 * both stay. Deleting the word (back to new) deletes the status group.
 */
export const wordsTable: SyncedTable<WordRecord> = {
  name: 'words',
  version: 1,
  keyOf: (word) => word.key,
  timeOf: (word) => word.updatedAt,
  split: ({ status, note, source, updatedAt, ...sense }) => ({
    status,
    note,
    sense,
    source: source ?? null,
    [AT]: updatedAt,
  }),
  join: (groups) => {
    const status = groups.status as WordRecord['status'] | null | undefined
    const sense = groups.sense as WordSense | null | undefined
    if (!status || !sense) return undefined
    const source = groups.source as WordRecord['source'] | null | undefined
    return {
      ...sense,
      status,
      ...(source ? { source } : {}),
      note: (groups.note as string | null | undefined) ?? '',
      updatedAt: (groups[AT] as number | undefined) ?? sense.addedAt,
    }
  },
  existence: 'status',
  appendOnly: false,
}

/**
 * An imported text: its German and title, its English (with where the English came from),
 * each correction, and the time of the last change, each merged on its own.
 */
export const textsTable: SyncedTable<ImportedText> = {
  name: 'texts',
  version: 1,
  keyOf: (text) => text.id,
  timeOf: (text) => text.updatedAt,
  split: ({ en, translation, corrections, updatedAt, ...text }) => ({
    text,
    english: { ...(en ? { en } : {}), ...(translation ? { translation } : {}) },
    ...splitCorrections(corrections),
    [AT]: updatedAt,
  }),
  join: (groups) => {
    const text = groups.text as Omit<
      ImportedText,
      'en' | 'translation' | 'corrections' | 'updatedAt'
    > | null
    if (!text) return undefined
    const english = (groups.english ?? {}) as Pick<ImportedText, 'en' | 'translation'>
    return {
      ...text,
      ...english,
      corrections: joinCorrections(groups),
      updatedAt: (groups[AT] as number | undefined) ?? text.createdAt,
    }
  },
  existence: 'text',
  appendOnly: false,
}

/** A book's record: its contents, the reader's place in it, each correction. */
export const booksTable: SyncedTable<BookRecord> = {
  name: 'books',
  version: 1,
  keyOf: (book) => book.id,
  timeOf: (book) => book.updatedAt,
  split: ({ position, readBlocks, corrections, updatedAt, ...book }) => ({
    book,
    place: { position, readBlocks },
    ...splitCorrections(corrections),
    [AT]: updatedAt,
  }),
  join: (groups) => {
    const book = groups.book as Omit<
      BookRecord,
      'position' | 'readBlocks' | 'corrections' | 'updatedAt'
    > | null
    if (!book) return undefined
    const place = (groups.place ?? {
      position: { chapter: 0, block: 0 },
      readBlocks: book.chapters.map(() => 0),
    }) as Pick<BookRecord, 'position' | 'readBlocks'>
    return {
      ...book,
      ...place,
      corrections: joinCorrections(groups),
      updatedAt: (groups[AT] as number | undefined) ?? book.createdAt,
    }
  },
  existence: 'book',
  appendOnly: false,
}

/** A chapter's key as one string: the book and the chapter's index. */
export const chapterKey = (chapter: Pick<ChapterRecord, 'book' | 'index'>) =>
  `${chapter.book}|${chapter.index}`

export const reviewsTable = whole<ReviewRecord>(
  'reviews',
  (review) => review.id,
  (review) => review.review,
  true,
)
export const cardsTable = whole<CardRecord>(
  'cards',
  (card) => card.id,
  (card) => card.lastReview ?? 0,
)
// A chapter never changes after its book's import.
export const chaptersTable = whole<ChapterRecord>('chapters', chapterKey, () => 0)

/**
 * Every synced table, in the order a device pushes and applies them: a review before its
 * card, so that a card recomputed from the log finds every review; a book before its
 * chapters. Text size and theme are not here: they belong to each device.
 */
export const syncedTables = [
  wordsTable,
  reviewsTable,
  cardsTable,
  textsTable,
  booksTable,
  chaptersTable,
] as const

export type SyncedTableName = (typeof syncedTables)[number]['name']

const byName = new Map<string, SyncedTable>(
  syncedTables.map((table) => [table.name, table as unknown as SyncedTable]),
)

export function syncedTable(name: string): SyncedTable | undefined {
  return byName.get(name)
}
