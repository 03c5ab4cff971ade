import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { shareRead } from '@/lib/books/progress'
import type { ParsedBook } from '@/lib/books/types'
import { BookStore } from '@/lib/storage/bookStore'
import { LearningDb } from '@/lib/storage/db'
import { StorageError } from '@/lib/storage/storageError'

let counter = 0
const opened: LearningDb[] = []
function freshStore() {
  const db = new LearningDb(`books-${++counter}`)
  opened.push(db)
  return new BookStore(db)
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const parsed: ParsedBook = {
  title: 'Das kalte Herz',
  author: 'Wilhelm Hauff',
  declaredLanguage: 'de',
  chapters: [
    {
      title: 'Erster Teil',
      blocks: [
        { kind: 'heading', text: 'Erster Teil' },
        { kind: 'paragraph', text: 'Wer durch Schwaben reist, der sollte nie vergessen.' },
      ],
    },
    {
      title: 'Zweiter Teil',
      blocks: [
        { kind: 'paragraph', text: 'Peter Munk ging heim.' },
        { kind: 'paragraph', text: 'Warte nur, balde\nRuhest du auch.', verse: true },
      ],
    },
  ],
  dropped: { images: 2, styles: 1, scripts: 0 },
}

describe('books on the device', () => {
  it('are stored by chapter, listed, and read back one chapter at a time', async () => {
    const store = freshStore()
    const book = await store.add(parsed, {}, 1000)
    expect(book.chapters).toEqual([
      { title: 'Erster Teil', words: 10, blocks: 2 },
      { title: 'Zweiter Teil', words: 10, blocks: 2 },
    ])
    const { books, unreadable } = await store.list()
    expect(books.map((b) => [b.title, b.author])).toEqual([['Das kalte Herz', 'Wilhelm Hauff']])
    expect(unreadable).toBe(0)
    expect((await store.chapter(book.id, 1))!.blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Warte nur, balde\nRuhest du auch.',
      verse: true,
    })
    expect(await store.chapter(book.id, 2)).toBeUndefined()
  })

  it('a shared book’s English is stored with its chapters, marked as it came', async () => {
    const store = freshStore()
    const translation = {
      en: [{ kind: 'paragraph' as const, text: 'Peter Munk went home.' }],
      translation: { by: 'machine' as const, edited: [0] },
    }
    const book = await store.add(parsed, { english: [{ index: 1, translation }] }, 1000)
    expect(book.chapters.map((chapter) => chapter.translation)).toEqual([
      undefined,
      { by: 'machine', doubtful: 0, complete: false },
    ])
    expect(await store.chapter(book.id, 1)).toMatchObject(translation)
    expect(await store.chapter(book.id, 0)).not.toHaveProperty('en')
    expect(await store.get(book.id)).toEqual(book)
  })

  it('keep the reading position and how much of each chapter was read', async () => {
    const store = freshStore()
    const book = await store.add(parsed, {}, 1000)
    await store.setPosition(book.id, { chapter: 1, block: 0 }, 2000)
    let saved = (await store.get(book.id))!
    expect(saved.position).toEqual({ chapter: 1, block: 0 })
    expect(shareRead(saved)).toBeCloseTo(5 / 20)
    // Going back does not undo what was read.
    await store.setPosition(book.id, { chapter: 0, block: 1 }, 3000)
    await store.setPosition(book.id, { chapter: 0, block: 0 }, 4000)
    saved = (await store.get(book.id))!
    expect(saved.readBlocks).toEqual([2, 1])
    await store.finishChapter(book.id, 1)
    expect(shareRead((await store.get(book.id))!)).toBe(1)
  })

  it('a full disk leaves nothing of the book behind', async () => {
    const store = freshStore()
    // The second chapter no longer fits: the first and the book's record were already written.
    store.db.chapters.hook('creating', (_key, chapter) => {
      if (chapter.index === 1)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await expect(store.add(parsed)).rejects.toMatchObject({
      constructor: StorageError,
      problem: 'quota',
    })
    expect((await store.list()).books).toEqual([])
    expect(await store.db.chapters.count()).toBe(0)
  })

  it('deleting a book deletes its chapters and nothing else', async () => {
    const store = freshStore()
    const kept = await store.add(parsed)
    const gone = await store.add({ ...parsed, title: 'Weg' })
    await store.setCorrection(kept.id, 'ding:Herz|noun', 'heart')
    await store.remove(gone.id)
    expect((await store.list()).books.map((b) => b.title)).toEqual(['Das kalte Herz'])
    expect(await store.db.chapters.where('book').equals(gone.id).count()).toBe(0)
    expect(await store.db.chapters.where('book').equals(kept.id).count()).toBe(2)
    expect((await store.get(kept.id))!.corrections).toEqual({ 'ding:Herz|noun': 'heart' })
  })

  it('a deleted book comes back whole when the deletion is undone', async () => {
    const store = freshStore()
    const book = await store.add(parsed)
    await store.setPosition(book.id, { chapter: 1, block: 1 })
    const removed = await store.remove(book.id)
    expect(removed?.chapters).toHaveLength(2)
    expect(await store.get(book.id)).toBeUndefined()
    await store.restore(removed!)
    expect((await store.get(book.id))!.position).toEqual({ chapter: 1, block: 1 })
    expect((await store.chapter(book.id, 1))!.blocks[1]).toMatchObject({ verse: true })
  })

  it('keeps the words looked up at import with the book, and frees them with it', async () => {
    const store = freshStore()
    const words = { lookups: ['{"entries":[]}', '{"entries":[1]}'], lemmas: { Herz: 2 } }
    const book = await store.add(parsed, { words, corrections: { 'Herz#x': 'heart' } })
    expect((await store.get(book.id))!.lemmas).toEqual({ Herz: 2 })
    expect((await store.get(book.id))!.corrections).toEqual({ 'Herz#x': 'heart' })
    expect(await store.lookups(book.id)).toEqual(words.lookups)
    expect((await store.chapters(book.id)).map((chapter) => chapter.index)).toEqual([0, 1])
    const removed = await store.remove(book.id)
    expect(await store.lookups(book.id)).toBeUndefined()
    await store.restore(removed!)
    expect(await store.lookups(book.id)).toEqual(words.lookups)
  })

  it('a full disk while storing the lookups stores nothing of the book', async () => {
    const store = freshStore()
    store.db.bookLookups.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await expect(
      store.add(parsed, { words: { lookups: ['{}'], lemmas: {} } }),
    ).rejects.toMatchObject({ constructor: StorageError, problem: 'quota' })
    expect(await store.db.books.count()).toBe(0)
    expect(await store.db.chapters.count()).toBe(0)
  })
})
