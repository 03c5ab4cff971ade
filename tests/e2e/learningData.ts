import type { Page } from '@playwright/test'
import type { ImportedText } from '@/lib/import/types'
import type { CardRecord, ReviewRecord, WordRecord } from '@/lib/learning/types'

export interface LearningRows {
  words?: WordRecord[]
  cards?: CardRecord[]
  reviews?: ReviewRecord[]
  texts?: ImportedText[]
}

/** Dexie stores version N of a schema as native IndexedDB version N × 10: this is version 6. */
const NATIVE_VERSION = 60

/**
 * Writes rows straight into the app's IndexedDB, laid out as `lib/storage/db.ts` version 6
 * lays it out, as a reader's earlier sessions would have left it (without sync stamps, as
 * records written before sync). The page must be on the app's origin.
 */
export async function seedLearning(page: Page, rows: LearningRows) {
  await page.evaluate(
    ({ rows, version }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('zweiklang', version)
        request.onupgradeneeded = () => {
          const db = request.result
          const words = db.createObjectStore('words', { keyPath: 'key' })
          words.createIndex('status', 'status')
          words.createIndex('addedAt', 'addedAt')
          words.createIndex('source.slug', 'source.slug')
          const cards = db.createObjectStore('cards', { keyPath: 'id' })
          cards.createIndex('word', 'word')
          cards.createIndex('due', 'due')
          const reviews = db.createObjectStore('reviews', { keyPath: 'id' })
          reviews.createIndex('card', 'card')
          reviews.createIndex('review', 'review')
          db.createObjectStore('texts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
          db.createObjectStore('books', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
          db.createObjectStore('chapters', { keyPath: ['book', 'index'] }).createIndex(
            'book',
            'book',
          )
          db.createObjectStore('syncRecords', { keyPath: 'ref' }).createIndex('pending', 'pending')
          db.createObjectStore('syncState', { keyPath: 'name' })
          db.createObjectStore('bookLookups', { keyPath: 'book' })
        }
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(['words', 'cards', 'reviews', 'texts'], 'readwrite')
          for (const row of rows.texts ?? []) tx.objectStore('texts').put(row)
          for (const row of rows.words ?? []) tx.objectStore('words').put(row)
          for (const row of rows.cards ?? []) tx.objectStore('cards').put(row)
          for (const row of rows.reviews ?? []) tx.objectStore('reviews').put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { rows, version: NATIVE_VERSION },
  )
}

/**
 * An empty page on the app's origin, answered by the test itself: the origin's storage,
 * without the server rendering a page or the browser loading the app only to be reloaded.
 */
const BLANK_PAGE = '/__blank-for-seeding'

/**
 * Writes rows as `seedLearning` does before the app has opened any page: the first page the
 * test opens then finds them, as after a reader's earlier sessions.
 */
export async function seedBeforeOpening(page: Page, rows: LearningRows) {
  await page.route(BLANK_PAGE, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Seeding</title>' }),
  )
  await page.goto(BLANK_PAGE)
  await seedLearning(page, rows)
  await page.unroute(BLANK_PAGE)
}

/** Every row of the app's IndexedDB, read without the app. */
export async function readLearning(page: Page): Promise<Required<LearningRows>> {
  return page.evaluate(
    () =>
      new Promise<Required<LearningRows>>((resolve, reject) => {
        const request = indexedDB.open('zweiklang')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const names = ['words', 'cards', 'reviews', 'texts'] as const
          const present = names.filter((name) => db.objectStoreNames.contains(name))
          const result = { words: [], cards: [], reviews: [], texts: [] } as Record<
            string,
            unknown[]
          >
          if (present.length === 0) {
            db.close()
            return resolve(result as unknown as Required<LearningRows>)
          }
          const tx = db.transaction(present, 'readonly')
          for (const name of present) {
            const all = tx.objectStore(name).getAll()
            all.onsuccess = () => {
              result[name] = all.result
            }
          }
          tx.oncomplete = () => {
            db.close()
            resolve(result as unknown as Required<LearningRows>)
          }
        }
      }),
  )
}

const NOW = Date.now()

/** A word saved from the seed text, as the reader's save button stores it. */
export function savedWord(overrides: Partial<WordRecord> = {}): WordRecord {
  return {
    key: 'Gipfel',
    sense: 'Gipfel',
    lemma: 'Gipfel',
    pos: 'noun',
    gender: 'm',
    glosses: { en: 'summit', de: 'Treffen der Regierungschefs' },
    status: 'learning',
    source: {
      slug: 'alaska-gipfel',
      title: 'Gipfel in Alaska',
      block: 2,
      sentence: 'Der Gipfel in Alaska endete ohne Einigung.',
      forms: ['Gipfel'],
      translation: 'The summit in Alaska ended without an agreement.',
    },
    note: '',
    addedAt: NOW - 86_400_000,
    updatedAt: NOW - 86_400_000,
    ...overrides,
  }
}

/** A never-reviewed card, due now. */
export function dueCard(
  word: string,
  kind: CardRecord['kind'],
  overrides: Partial<CardRecord> = {},
): CardRecord {
  return {
    id: `${word}|${kind}`,
    word,
    kind,
    due: NOW - 60_000,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    ...overrides,
  }
}
