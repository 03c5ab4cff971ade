import { liveQuery } from 'dexie'
import type { Grade } from 'ts-fsrs'
import type { LearningData, MergePlan } from '@/lib/learning/backup'
import { LearningDb } from './db'
import { isCardRecord, isWordRecord } from '@/lib/learning/recordChecks'
import { applyAction, cardKindsFor, isReviewed, type StatusAction } from '@/lib/learning/status'
import { guarded, StorageError, toStorageError } from './storageError'
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
      this.db.transaction('rw', this.db.words, this.db.cards, async () => {
        const existing = await this.db.words.get(change.key)
        const next = applyAction(existing, action, { ...change, now })
        if (!next) {
          await this.db.words.delete(change.key)
          return undefined
        }
        await this.db.words.put(next)
        if (isReviewed(next.status)) {
          const have = new Set(
            (await this.db.cards.where('word').equals(next.key).toArray()).map((c) => c.kind),
          )
          const missing = cardKindsFor(next).filter((kind) => !have.has(kind))
          await this.db.cards.bulkPut(missing.map((kind) => newCard(next.key, kind, now)))
        }
        return next
      }),
    )
  }

  /** Marks words known in one go; returns the time stamp that `undoMarkKnown` needs. */
  async markKnown(changes: readonly StatusChange[], now = Date.now()): Promise<number> {
    await guarded(() =>
      this.db.transaction('rw', this.db.words, async () => {
        const existing = await this.db.words.bulkGet(changes.map((change) => change.key))
        const fresh = changes.filter((_, index) => existing[index] === undefined)
        await this.db.words.bulkPut(
          fresh.map((change) => applyAction(undefined, 'known', { ...change, now })!),
        )
      }),
    )
    return now
  }

  /** Takes back a `markKnown`: only the records it wrote that nobody has changed since. */
  async undoMarkKnown(keys: readonly string[], at: number): Promise<void> {
    await guarded(() =>
      this.db.transaction('rw', this.db.words, async () => {
        const rows = await this.db.words.bulkGet([...keys])
        const untouched = rows.filter(
          (row): row is WordRecord => row?.status === 'known' && row.updatedAt === at,
        )
        await this.db.words.bulkDelete(untouched.map((row) => row.key))
      }),
    )
  }

  async setNote(key: string, note: string, now = Date.now()) {
    const kept = note.slice(0, NOTE_MAX_LENGTH)
    await guarded(() => this.db.words.update(key, { note: kept, updatedAt: now }))
  }

  /** Deletes a word and its cards; its review log stays, as history. */
  async deleteWord(key: string) {
    await guarded(() =>
      this.db.transaction('rw', this.db.words, this.db.cards, async () => {
        await this.db.cards.where('word').equals(key).delete()
        await this.db.words.delete(key)
      }),
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
      this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
        const result = rateCard(card, grade, now, {
          durationMs,
          reviewId: crypto.randomUUID(),
        })
        await this.db.cards.put(result.card)
        await this.db.reviews.add(result.review)
        return result
      }),
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
      this.db.transaction('rw', this.db.words, this.db.cards, this.db.reviews, async () => {
        const plan = planMerge(await this.exportData(), incoming)
        await this.db.words.bulkPut(plan.words)
        await this.db.cards.bulkPut(plan.cards)
        await this.db.reviews.bulkPut(plan.reviews)
        return plan.counts
      }),
    )
  }
}

/** Asks the browser not to evict the reader's data under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false
  } catch {
    return false
  }
}
