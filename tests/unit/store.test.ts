import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { Rating } from 'ts-fsrs'
import { afterEach, describe, expect, it } from 'vitest'
import { LearningDb } from '@/lib/storage/db'
import { LearningStore } from '@/lib/storage/learningStore'
import { readRawDatabase } from '@/lib/storage/rawDatabase'
import { StorageError, toStorageError } from '@/lib/storage/storageError'
import type { SenseInfo, WordRecord } from '@/lib/learning/types'

const NOW = Date.UTC(2026, 10, 25, 9)
let counter = 0
const opened: Dexie[] = []

function freshStore(name = `test-${++counter}`) {
  const db = new LearningDb(name)
  opened.push(db)
  return new LearningStore(db)
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const gipfel: SenseInfo = {
  sense: 'Gipfel',
  lemma: 'Gipfel',
  pos: 'noun',
  gender: 'm',
  glosses: { en: 'summit', de: 'Treffen' },
}
const source = {
  slug: 'alaska-gipfel',
  title: 'Gipfel',
  block: 2,
  sentence: 'Der Gipfel endete.',
  forms: ['Gipfel'],
  translation: 'The summit ended.',
}
const save = { key: 'Gipfel', sense: gipfel, source }

describe('the learning store', () => {
  it('saves a word with its four cards, and unsaving removes the word', async () => {
    const store = freshStore()
    await store.act('save', save, NOW)
    const { words, cards } = await store.snapshot()
    expect(words.map((w) => w.status)).toEqual(['learning'])
    expect(cards.map((c) => c.kind).sort()).toEqual(['article', 'cloze', 'german', 'meaning'])
    await store.act('save', save, NOW + 1)
    expect((await store.snapshot()).words).toEqual([])
  })

  it('only cards of words being learned are due', async () => {
    const store = freshStore()
    await store.act('save', save, NOW)
    // A word just saved is asked for its meaning first, for its article last.
    expect((await store.dueCards(NOW)).map((card) => card.kind)).toEqual([
      'meaning',
      'german',
      'cloze',
      'article',
    ])
    await store.act('known', save, NOW)
    expect(await store.dueCards(NOW)).toHaveLength(0)
    await store.act('save', save, NOW)
    expect(await store.dueCards(NOW)).toHaveLength(4)
  })

  it('rating moves the due date and keeps a log', async () => {
    const store = freshStore()
    await store.act('save', save, NOW)
    const [card] = await store.dueCards(NOW)
    const { card: next } = await store.rate(card!, Rating.Good, 3100, NOW)
    expect(next.due).toBeGreaterThan(NOW)
    const { cards, reviews } = await store.snapshot()
    expect(cards.find((c) => c.id === card!.id)!.due).toBe(next.due)
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({ card: card!.id, rating: Rating.Good, durationMs: 3100 })
    expect(await store.dueCards(NOW)).toHaveLength(3)
  })

  it('marks the remaining words known and undoes only what it wrote', async () => {
    const store = freshStore()
    await store.act('save', save, NOW)
    const other = (key: string) => ({ key, sense: { ...gipfel, sense: key, lemma: key } })
    const at = await store.markKnown([save, other('Alaska'), other('Treffen')], NOW + 5)
    let words = (await store.snapshot()).words
    expect(Object.fromEntries(words.map((w) => [w.key, w.status]))).toEqual({
      Gipfel: 'learning',
      Alaska: 'known',
      Treffen: 'known',
    })
    await store.act('save', other('Treffen'), NOW + 6)
    await store.undoMarkKnown(['Gipfel', 'Alaska', 'Treffen'], at)
    words = (await store.snapshot()).words
    expect(Object.fromEntries(words.map((w) => [w.key, w.status]))).toEqual({
      Gipfel: 'learning',
      Treffen: 'learning',
    })
  })

  it('exports and imports into a fresh profile, twice without duplicates', async () => {
    const first = freshStore()
    await first.act('save', save, NOW)
    await first.setNote('Gipfel', 'Bergspitze auch', NOW + 1)
    const [card] = await first.dueCards(NOW)
    await first.rate(card!, Rating.Hard, 1000, NOW + 2)
    const exported = await first.exportData()

    const second = freshStore()
    expect(await second.importData(exported)).toEqual({ words: 1, cards: 4, reviews: 1 })
    expect(await second.importData(exported)).toEqual({ words: 0, cards: 0, reviews: 0 })
    const restored = await second.snapshot()
    expect(restored.words[0]!.note).toBe('Bergspitze auch')
    expect(restored.cards).toHaveLength(4)
    expect(restored.reviews).toEqual(exported.reviews)
  })

  it('a failed write (quota) reports itself and leaves no half-written record', async () => {
    const store = freshStore()
    store.db.cards.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const error = await store.act('save', save, NOW).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).problem).toBe('quota')
    const { words, cards } = await store.snapshot()
    expect(words).toEqual([])
    expect(cards).toEqual([])
  })

  it('counts records it cannot read and never deletes them', async () => {
    const store = freshStore()
    await store.act('save', save, NOW)
    await store.db.words.put({ key: 'kaputt', status: 'banana' } as unknown as WordRecord)
    const snapshot = await store.snapshot()
    expect(snapshot.words.map((w) => w.key)).toEqual(['Gipfel'])
    expect(snapshot.unreadable.words).toEqual([{ key: 'kaputt', status: 'banana' }])
    expect(await store.db.words.count()).toBe(2)
  })

  it('a database laid out by something else opens; its rows are kept, unreadable, and exportable raw', async () => {
    const name = `future-${++counter}`
    const future = new Dexie(name)
    future.version(99).stores({ words: 'id', other: 'id' })
    await future.table('words').put({ id: 1, anything: 'kept' })
    future.close()
    const store = freshStore(name)
    const snapshot = await store.snapshot()
    expect(snapshot.words).toEqual([])
    expect(snapshot.unreadable.words).toEqual([{ id: 1, anything: 'kept' }])
    store.db.close()
    const raw = await readRawDatabase(name)
    expect(raw.words).toEqual([{ id: 1, anything: 'kept' }])
    expect(await readRawDatabase(`absent-${counter}`)).toEqual({})
  })

  it('storage that cannot be opened is reported as unavailable', async () => {
    const denied = {
      open() {
        throw new DOMException('IndexedDB is disabled', 'SecurityError')
      },
    } as unknown as IDBFactory
    const db = new LearningDb(`denied-${++counter}`, { indexedDB: denied, IDBKeyRange })
    const error = await new LearningStore(db).open().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).problem).toBe('unavailable')
  })

  it('upgrades a version 1 database: decomposed keys become NFC, nothing is lost', async () => {
    const name = `v1-${++counter}`
    const v1 = new Dexie(name)
    v1.version(1).stores({ words: 'key, status', cards: 'id, word, due', reviews: 'id, card' })
    const nfd = 'Bärenfell'.normalize('NFD')
    await v1.table('words').put({ key: nfd, status: 'learning', sense: nfd })
    await v1.table('cards').put({ id: `${nfd}|meaning`, word: nfd, due: NOW })
    await v1.table('reviews').put({ id: 'r', card: `${nfd}|meaning` })
    v1.close()
    const db = new LearningDb(name)
    opened.push(db)
    expect(await db.words.toArray()).toEqual([{ key: 'Bärenfell', status: 'learning', sense: nfd }])
    expect((await db.cards.toArray())[0]).toMatchObject({
      id: 'Bärenfell|meaning',
      word: 'Bärenfell',
    })
    expect((await db.reviews.get('r'))!.card).toBe('Bärenfell|meaning')
    expect(await db.words.where('addedAt').above(0).count()).toBe(0)
  })

  it('cuts a note to the length a record may have, so the word stays readable', async () => {
    const store = freshStore()
    await store.act('save', save, NOW)
    await store.setNote('Gipfel', 'x'.repeat(20_000), NOW + 1)
    const { words, unreadable } = await store.snapshot()
    expect(words[0]!.note).toHaveLength(10_000)
    expect(unreadable.words).toEqual([])
  })

  it('names failures it does not know as failed', () => {
    expect(toStorageError(new TypeError('x')).problem).toBe('failed')
  })
})
