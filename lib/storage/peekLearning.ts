import { isCardRecord, isWordRecord } from '@/lib/learning/recordChecks'
import type { WordRecord } from '@/lib/learning/types'
import { DB_NAME } from './dbName'
import { openExisting, requestResult } from './rawDatabase'

/**
 * Dexie stores its schema version times ten as IndexedDB's version. From Dexie version 2 on,
 * words and cards have the shape read here (keys in NFC); older data waits for Dexie's upgrade.
 */
const FIRST_READABLE_VERSION = 20

export interface LearningPeek {
  /** The readable word records by key. */
  words: Map<string, WordRecord>
  /** Cards due by `now` of words being learned. */
  due: number
}

/** Nothing stored yet: what a new reader has. */
const EMPTY: LearningPeek = { words: new Map(), due: 0 }

/**
 * The reader's words and due count, read straight from IndexedDB: the reader's marks and the
 * header's count need only these two reads, and Dexie (31 KB gzip, a third of a second of
 * script on a phone) then loads only when something is written. `undefined` when the data
 * needs Dexie first (written by an older version, or a table is missing); the caller then
 * opens the store.
 */
export async function peekLearning(
  now = Date.now(),
  name = DB_NAME,
): Promise<LearningPeek | undefined> {
  const db = await openExisting(name)
  if (!db) return EMPTY
  try {
    if (db.version < FIRST_READABLE_VERSION) return undefined
    const names = db.objectStoreNames
    if (!names.contains('words') || !names.contains('cards')) return undefined
    const transaction = db.transaction(['words', 'cards'], 'readonly')
    const [rows, dueRows] = await Promise.all([
      requestResult(transaction.objectStore('words').getAll()),
      requestResult(
        transaction.objectStore('cards').index('due').getAll(IDBKeyRange.upperBound(now)),
      ),
    ])
    const words = new Map<string, WordRecord>()
    for (const row of rows as unknown[]) if (isWordRecord(row)) words.set(row.key, row)
    const due = (dueRows as unknown[]).filter(
      (card) => isCardRecord(card) && words.get(card.word)?.status === 'learning',
    ).length
    return { words, due }
  } finally {
    db.close()
  }
}
