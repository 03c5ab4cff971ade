import { Dexie, type DexieOptions, type EntityTable } from 'dexie'
import type { PostedReading } from '@/lib/import/reading'

/**
 * The readings' own database: a cache of what the analysis worker made, apart from the
 * reader's data (not synced, not in a backup, and nothing lost if the browser drops it), so
 * that it needs no version of the reader's schema.
 */
export const READINGS_DB_NAME = 'zweiklang-readings'
/**
 * Chapters' readings kept: the one a book reopens at, the next analysed ahead, a few read
 * lately. A 4,000-word chapter's reading is about 1 MB.
 */
export const STORED_READINGS = 8

export interface StoredReading {
  /** The worker's cache key: the chapter, its text and corrections, the language. */
  key: string
  book: string
  /** The build that made it (the engine's code and the curated vocabulary are the build's). */
  version: string
  usedAt: number
  reading: PostedReading
}

export class ReadingsDb extends Dexie {
  readings!: EntityTable<StoredReading, 'key'>

  constructor(name = READINGS_DB_NAME, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores({ readings: 'key, book, version, usedAt' })
  }
}

/**
 * Books' chapters as analysed, so that reopening a book shows its words with their popups
 * without analysing the chapter again. A reading of another build is never given: the
 * engine may read the same words differently.
 */
export class ReadingStore {
  constructor(readonly db: ReadingsDb = new ReadingsDb()) {}

  /** The reading kept for `key` by this `version` of the engine, if any. */
  async get(key: string, version: string, now = Date.now()): Promise<PostedReading | undefined> {
    const row = await this.db.readings.get(key)
    if (!row || row.version !== version) return undefined
    await this.db.readings.update(key, { usedAt: now })
    return row.reading
  }

  /**
   * Keeps a reading, and of the others only the newest of this version: the space stays
   * bounded, and a new build's first reading drops the previous build's.
   */
  async put(stored: Omit<StoredReading, 'usedAt'>, now = Date.now()) {
    const { readings } = this.db
    await this.db.transaction('rw', readings, async () => {
      await readings.where('version').notEqual(stored.version).delete()
      const older = await readings
        .orderBy('usedAt')
        .reverse()
        .offset(STORED_READINGS - 1)
        .primaryKeys()
      await readings.bulkDelete(older.filter((key) => key !== stored.key))
      await readings.put({ ...stored, usedAt: now })
    })
  }

  /** Frees a deleted book's readings. */
  async removeBook(book: string) {
    await this.db.readings.where('book').equals(book).delete()
  }
}
