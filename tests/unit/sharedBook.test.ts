import { describe, expect, it } from 'vitest'
import { BookError } from '@/lib/books/bookError'
import { readBook } from '@/lib/books/readBook'
import type { BookRecord, ChapterRecord } from '@/lib/books/records'
import { sharedBookFileName, toSharedBook } from '@/lib/books/sharedBook'
import { isSharedBookHead } from '@/lib/books/sharedBookFormat'

const record: BookRecord = {
  id: 'b1',
  title: 'Das kalte Herz',
  author: 'Wilhelm Hauff',
  language: 'de',
  chapters: [{ title: 'Erster Teil', words: 9, blocks: 2 }],
  dropped: { images: 1, styles: 0, scripts: 0 },
  corrections: { 'Herz#ding-noun': 'heart (ours)' },
  position: { chapter: 0, block: 1 },
  readBlocks: [2],
  createdAt: 1,
  updatedAt: 2,
}
const chapters: ChapterRecord[] = [
  {
    book: 'b1',
    index: 0,
    blocks: [
      { kind: 'heading', text: 'Erster Teil' },
      { kind: 'paragraph', text: 'Warte nur, balde\nRuhest du auch.', verse: true },
    ],
  },
]

const asFile = (text: string, name = 'das-kalte-herz.zweiklang-book.json') => ({
  name,
  bytes: new TextEncoder().encode(text),
})

describe('a book shared as a file', () => {
  it('is read back with its chapters, metadata and corrections, not its place', () => {
    const file = JSON.stringify(toSharedBook(record, chapters))
    expect(isSharedBookHead(file)).toBe(true)
    const read = readBook(asFile(file))
    expect(read.book).toEqual({
      title: 'Das kalte Herz',
      author: 'Wilhelm Hauff',
      declaredLanguage: 'de',
      chapters: [{ title: 'Erster Teil', blocks: chapters[0]!.blocks, words: 8 }],
      dropped: { images: 0, styles: 0, scripts: 0 },
    })
    expect(read.corrections).toEqual({ 'Herz#ding-noun': 'heart (ours)' })
    expect(sharedBookFileName(record.title)).toBe('das-kalte-herz.zweiklang-book.json')
  })

  it('is told from a text book by its format, not its name', () => {
    expect(isSharedBookHead('{"format":"zweiklang-text"}')).toBe(false)
    expect(isSharedBookHead('# Kapitel 1\n\n{"format":"zweiklang-book"}')).toBe(false)
    expect(readBook(asFile('# Kapitel 1\n\nDer Imker.', 'x.json')).corrections).toBeUndefined()
  })

  it('refuses a bad file with a BookError naming what is wrong and where', () => {
    const shared = toSharedBook(record, chapters)
    const cases: [unknown, RegExp][] = [
      [{ ...shared, chapters: [] }, /^chapters: /u],
      [{ ...shared, version: 2 }, /^version: /u],
      [
        { ...shared, chapters: [{ title: 'x', blocks: [{ kind: 'poem', text: 'a' }] }] },
        /^chapters\.0\.blocks\.0\.kind: /u,
      ],
    ]
    for (const [value, reason] of cases) {
      const error = (() => {
        try {
          readBook(asFile(JSON.stringify(value)))
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(BookError)
      expect((error as BookError).problem).toBe('badShare')
      expect((error as BookError).detail.reason).toMatch(reason)
    }
    expect(() => readBook(asFile('{"format":"zweiklang-book", broken'))).toThrow(
      expect.objectContaining({ problem: 'badShare', detail: { reason: 'not JSON' } }),
    )
  })
})
