import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { PostedReading } from '@/lib/import/reading'
import { BookStore } from '@/lib/storage/bookStore'
import { LearningDb } from '@/lib/storage/db'
import { ReadingsDb, ReadingStore, STORED_READINGS } from '@/lib/storage/readingStore'

let counter = 0
const opened: (LearningDb | ReadingsDb)[] = []
function freshStore() {
  const db = new ReadingsDb(`readings-${++counter}`)
  opened.push(db)
  return new ReadingStore(db)
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const reading = (word: string): PostedReading => ({
  html: [{ number: 1, html: [`<span class="w" data-e="0">${word}</span>`], plain: [word] }],
  data: JSON.stringify({
    entries: [{ headword: word, pos: 'noun', grammar: [], gloss: 'a gloss' }],
  }),
  words: JSON.stringify({ senses: {}, lemmas: { [word]: 1 } }),
  unknown: 0,
  originals: '{}',
})

describe('ReadingStore', () => {
  it('gives back a chapter’s reading made by the same build, and no other build’s', async () => {
    const store = freshStore()
    await store.put({ key: 'book:a:0', book: 'a', version: 'build-1', reading: reading('Haus') })
    expect(await store.get('book:a:0', 'build-1')).toEqual(reading('Haus'))
    expect(await store.get('book:a:0', 'build-2')).toBeUndefined()
    expect(await store.get('book:a:1', 'build-1')).toBeUndefined()
  })

  it('drops another build’s readings when it keeps one of its own', async () => {
    const store = freshStore()
    await store.put({ key: 'book:a:0', book: 'a', version: 'build-1', reading: reading('Haus') })
    await store.put({ key: 'book:a:1', book: 'a', version: 'build-2', reading: reading('Baum') })
    expect(await store.db.readings.count()).toBe(1)
    expect(await store.get('book:a:1', 'build-2')).toEqual(reading('Baum'))
  })

  it(`keeps the ${STORED_READINGS} used last`, async () => {
    const store = freshStore()
    const version = 'build-1'
    for (let i = 0; i < STORED_READINGS; i++)
      await store.put({ key: `book:a:${i}`, book: 'a', version, reading: reading(`W${i}`) }, i)
    // Chapter 0 is opened again: it is the newest now, and chapter 1 the oldest.
    await store.get('book:a:0', version, STORED_READINGS)
    await store.put(
      { key: 'book:b:0', book: 'b', version, reading: reading('Neu') },
      STORED_READINGS + 1,
    )
    expect(await store.db.readings.count()).toBe(STORED_READINGS)
    expect(await store.get('book:a:1', version)).toBeUndefined()
    expect(await store.get('book:a:0', version)).toEqual(reading('W0'))
    expect(await store.get('book:b:0', version)).toEqual(reading('Neu'))
  })

  it('frees a deleted book’s readings, and only that book’s', async () => {
    const readings = freshStore()
    const db = new LearningDb(`books-readings-${counter}`)
    opened.push(db)
    const books = new BookStore(db, readings)
    const book = await books.add({
      title: 'Das kalte Herz',
      chapters: [
        { title: 'Erster Teil', blocks: [{ kind: 'paragraph', text: 'Peter ging heim.' }] },
      ],
      dropped: { images: 0, styles: 0, scripts: 0 },
    })
    const version = 'build-1'
    await readings.put({ key: 'book:x:0', book: book.id, version, reading: reading('Peter') })
    await readings.put({ key: 'book:y:0', book: 'other', version, reading: reading('Paul') })
    await books.remove(book.id)
    expect(await readings.get('book:x:0', version)).toBeUndefined()
    expect(await readings.get('book:y:0', version)).toEqual(reading('Paul'))
  })
})
