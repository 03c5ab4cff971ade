import { liveQuery } from 'dexie'
import type { Grade } from 'ts-fsrs'
import type { LearningData, MergePlan } from '@/lib/learning/backup'
import { LearningDb } from './db'
import { isCardRecord, isWordRecord } from '@/lib/learning/recordChecks'
import { applyAction, cardKindsFor, isReviewed, type StatusAction } from '@/lib/learning/status'
import { guarded, StorageError, toStorageError } from './storageError'
import { logChanges, syncLogTables } from './syncLog'
import { cardsTable, reviewsTable, wordsTable } from '@/lib/sync/registry'
import {
  cardKinds,
  NOTE_MAX_LENGTH,
  type CardRecord,
  type SenseInfo,
  type WordRecord,
  type WordSource,
} from '@/lib/learning/types'

/** Records that are stored but fail validation: kept as they are, counted, exportable. */
export interface Unreadable {
  words: unknown[]
  cards: unknown[]
  reviews: unknown[]
}

export interface Snapshot extends LearningData {
  unreadable: Unreadable
}

function split<T>(
  rows: unknown[],
  schema: { safeParse: (v: unknown) => { success: boolean } },
): [T[], unknown[]] {
  const good: T[] = []
  const bad: unknown[] = []
  for (const row of rows) (schema.safeParse(row).success ? good : bad).push(row as never)
  return [good, bad]
}

export interface StatusChange {
  key: string
  sense: SenseInfo
  source?: WordSource
}

/** Everything the app does with the reader's learning data, one transaction per action. */
export class LearningStore {
  constructor(readonly db: LearningDb = new LearningDb()) {}

  /** Opens the database now, so that a broken one is reported before anything is shown. */
  async open(): Promise<void> {
    await guarded(() => this.db.open())
  }

  async snapshot(): Promise<Snapshot> {
    // The schemas (zod) load with the pages that read whole records, not with the reader.
    const { cardRecordSchema, reviewRecordSchema, wordRecordSchema } =
      await import('@/lib/learning/schema')
    return guarded(async () => {
      const [words, badWords] = split<WordRecord>(await this.db.words.toArray(), wordRecordSchema)
      const [cards, badCards] = split<CardRecord>(await this.db.cards.toArray(), cardRecordSchema)
      const [reviews, badReviews] = split<LearningData['reviews'][number]>(
        await this.db.reviews.toArray(),
        reviewRecordSchema,
      )
      return {
        words,
        cards,
        reviews,
        unreadable: { words: badWords, cards: badCards, reviews: badReviews },
      }
    })
  }

  /** The readable word records by key, kept current across tabs. */
  watchWords(
    onChange: (words: Map<string, WordRecord>) => void,
    onError: (e: StorageError) => void,
  ) {
    const subscription = liveQuery(() => this.db.words.toArray()).subscribe({
      next: (rows) => {
        const words = rows.filter(isWordRecord)
        onChange(new Map(words.map((word) => [word.key, word])))
      },
      error: (error: unknown) => onError(toStorageError(error)),
    })
    return () => subscription.unsubscribe()
  }

  /** Watches any change to the data, for pages that show counts. */
  watch<T>(
    query: () => Promise<T>,
    onChange: (value: T) => void,
    onError: (e: StorageError) => void,
  ) {
    const subscription = liveQuery(query).subscribe({
      next: onChange,
      error: (error: unknown) => onError(toStorageError(error)),
    })
    return () => subscription.unsubscribe()
  }

  /**
   * Saves, marks known, ignores or resets a word, with its cards, in one transaction: a
   * failed write leaves neither a word without cards nor cards without a word.
   */
  async act(action: StatusAction, change: StatusChange, now = Date.now()) {
    // Loaded here, not with the store: the reader opens the store for its marks, and only
    // saving a word needs the scheduler (ts-fsrs, 10 KB gzip). Before the transaction, which
    // would commit while an import is awaited.
    const { newCard } = await import('@/lib/learning/schedule')
    return guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.words, this.db.cards, ...syncLogTables(this.db)],
        async () => {
          const existing = await this.db.words.get(change.key)
          const next = applyAction(existing, action, { ...change, now })
          await logChanges(
            this.db,
            wordsTable,
            [{ key: change.key, before: existing, after: next }],
            now,
          )
          if (!next) {
            await this.db.words.delete(change.key)
            return undefined
          }
          await this.db.words.put(next)
          if (isReviewed(next.status)) {
            const have = new Set(
              (await this.db.cards.where('word').equals(next.key).toArray()).map((c) => c.kind),
            )
            const missing = cardKindsFor(next)
              .filter((kind) => !have.has(kind))
              .map((kind) => newCard(next.key, kind, now))
            await this.db.cards.bulkPut(missing)
            await logChanges(this.db, cardsTable, missing.map(created), now)
          }
          return next
        },
      ),
    )
  }

  /** Marks words known in one go; returns the time stamp that `undoMarkKnown` needs. */
  async markKnown(changes: readonly StatusChange[], now = Date.now()): Promise<number> {
    await guarded(() =>
      this.db.transaction('rw', [this.db.words, ...syncLogTables(this.db)], async () => {
        const existing = await this.db.words.bulkGet(changes.map((change) => change.key))
        const fresh = changes
          .filter((_, index) => existing[index] === undefined)
          .map((change) => applyAction(undefined, 'known', { ...change, now })!)
        await this.db.words.bulkPut(fresh)
        await logChanges(this.db, wordsTable, fresh.map(created), now)
      }),
    )
    return now
  }

  /** Takes back a `markKnown`: only the records it wrote that nobody has changed since. */
  async undoMarkKnown(keys: readonly string[], at: number): Promise<void> {
    await guarded(() =>
      this.db.transaction('rw', [this.db.words, ...syncLogTables(this.db)], async () => {
        const rows = await this.db.words.bulkGet([...keys])
        const untouched = rows.filter(
          (row): row is WordRecord => row?.status === 'known' && row.updatedAt === at,
        )
        await this.db.words.bulkDelete(untouched.map((row) => row.key))
        await logChanges(this.db, wordsTable, untouched.map(deleted), Date.now())
      }),
    )
  }

  async setNote(key: string, note: string, now = Date.now()) {
    const kept = note.slice(0, NOTE_MAX_LENGTH)
    await guarded(() =>
      this.db.transaction('rw', [this.db.words, ...syncLogTables(this.db)], async () => {
        const word = await this.db.words.get(key)
        if (!word) return
        const after = { ...word, note: kept, updatedAt: now }
        await this.db.words.put(after)
        await logChanges(this.db, wordsTable, [{ key, before: word, after }], now)
      }),
    )
  }

  /** Deletes a word and its cards; its review log stays, as history. */
  async deleteWord(key: string, now = Date.now()) {
    await guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.words, this.db.cards, ...syncLogTables(this.db)],
        async () => {
          const cards = await this.db.cards.where('word').equals(key).toArray()
          const word = await this.db.words.get(key)
          await this.db.cards.bulkDelete(cards.map((card) => card.id))
          await this.db.words.delete(key)
          await logChanges(this.db, cardsTable, cards.map(deleted), now)
          await logChanges(this.db, wordsTable, [{ key, before: word, after: undefined }], now)
        },
      ),
    )
  }

  /** Cards due by `now` of words being learned, the most overdue first. */
  async dueCards(now = Date.now()): Promise<CardRecord[]> {
    return guarded(async () => {
      const learning = new Set(
        (await this.db.words.where('status').equals('learning').primaryKeys()) as string[],
      )
      // Cards due at the same moment (a word's cards, just saved) come in the order of
      // cardKinds: its meaning first, der/die/das last.
      const due = (await this.db.cards.where('due').belowOrEqual(now).toArray()).sort(
        (a, b) => a.due - b.due || cardKinds.indexOf(a.kind) - cardKinds.indexOf(b.kind),
      )
      return due.filter((card) => learning.has(card.word) && isCardRecord(card))
    })
  }

  async rate(card: CardRecord, grade: Grade, durationMs: number, now = Date.now()) {
    const { rateCard } = await import('@/lib/learning/schedule')
    return guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.cards, this.db.reviews, ...syncLogTables(this.db)],
        async () => {
          const result = rateCard(card, grade, now, {
            durationMs,
            reviewId: crypto.randomUUID(),
          })
          const before = await this.db.cards.get(card.id)
          await this.db.cards.put(result.card)
          await this.db.reviews.add(result.review)
          await logChanges(this.db, reviewsTable, [created(result.review)], now)
          await logChanges(this.db, cardsTable, [{ key: card.id, before, after: result.card }], now)
          return result
        },
      ),
    )
  }

  async exportData(): Promise<LearningData> {
    const { words, cards, reviews } = await this.snapshot()
    return { words, cards, reviews }
  }

  /** Merges a backup in one transaction: all of it or, on failure, nothing. */
  async importData(incoming: LearningData): Promise<MergePlan['counts']> {
    // The backup format's code (and its zod schemas) is the words page's, not the reader's.
    const { planMerge } = await import('@/lib/learning/backup')
    return guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.words, this.db.cards, this.db.reviews, ...syncLogTables(this.db)],
        async () => {
          const current = await this.exportData()
          const plan = planMerge(current, incoming)
          const now = Date.now()
          const words = new Map(current.words.map((word) => [word.key, word]))
          const cards = new Map(current.cards.map((card) => [card.id, card]))
          await this.db.words.bulkPut(plan.words)
          await this.db.cards.bulkPut(plan.cards)
          await this.db.reviews.bulkPut(plan.reviews)
          await logChanges(
            this.db,
            wordsTable,
            plan.words.map((w) => ({ key: w.key, before: words.get(w.key), after: w })),
            now,
          )
          await logChanges(
            this.db,
            cardsTable,
            plan.cards.map((c) => ({ key: c.id, before: cards.get(c.id), after: c })),
            now,
          )
          await logChanges(this.db, reviewsTable, plan.reviews.map(created), now)
          return plan.counts
        },
      ),
    )
  }
}

/** A record written where there was none, as a change for the sync log. */
function created<R extends { key: string } | { id: string }>(record: R) {
  return { key: 'key' in record ? record.key : record.id, before: undefined, after: record }
}

/** A record deleted, as a change for the sync log. */
function deleted<R extends { key: string } | { id: string }>(record: R) {
  return { key: 'key' in record ? record.key : record.id, before: record, after: undefined }
}

/** Asks the browser not to evict the reader's data under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false
  } catch {
    return false
  }
}
