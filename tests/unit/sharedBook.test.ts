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

  describe('with its English', () => {
    // A published translation with a doubtful pair and a block the reader edited; a machine
    // translation still under way (one block of two) with an edited block.
    const withEnglish: ChapterRecord[] = [
      {
        ...chapters[0]!,
        en: [
          { kind: 'heading', text: 'Part One' },
          { kind: 'paragraph', text: 'Wait, soon\nyou too shall rest.', verse: true },
        ],
        translation: { by: 'published', edited: [1], confidence: [1, 0.4], doubtful: [1] },
      },
      {
        book: 'b1',
        index: 1,
        blocks: [
          { kind: 'paragraph', text: 'Peter Munk ging heim.' },
          { kind: 'paragraph', text: 'Es war spät.' },
        ],
        en: [{ kind: 'paragraph', text: 'Peter Munk went home, tired.' }],
        translation: { by: 'machine', edited: [0] },
      },
      { book: 'b1', index: 2, blocks: [{ kind: 'paragraph', text: 'Ohne Englisch.' }] },
    ]
    const book: BookRecord = {
      ...record,
      chapters: [
        ...record.chapters,
        { title: 'Zweiter Teil', words: 6, blocks: 2 },
        { title: 'Dritter Teil', words: 2, blocks: 1 },
      ],
    }

    it('carries each chapter’s English and whose it is, block by block, and reads them back', () => {
      const shared = toSharedBook(book, withEnglish)
      expect(shared.chapters[1]).toEqual({
        title: 'Zweiter Teil',
        blocks: withEnglish[1]!.blocks,
        en: withEnglish[1]!.en,
        translation: { by: 'machine', edited: [0] },
      })
      expect(shared.chapters[2]).not.toHaveProperty('en')
      const read = readBook(asFile(JSON.stringify(shared)))
      expect(read.english).toEqual([
        {
          index: 0,
          translation: { en: withEnglish[0]!.en, translation: withEnglish[0]!.translation },
        },
        {
          index: 1,
          translation: { en: withEnglish[1]!.en, translation: withEnglish[1]!.translation },
        },
      ])
      // The German chapters stay as they were: the English is apart.
      expect(read.book.chapters.map((chapter) => Object.keys(chapter).sort())).toEqual(
        Array.from({ length: 3 }, () => ['blocks', 'title', 'words']),
      )
    })

    it('a file shared before books had English still imports, without any', () => {
      const old = JSON.stringify(toSharedBook(record, chapters))
      expect(old).not.toMatch(/"en"|"translation"/u)
      expect(readBook(asFile(old)).english).toBeUndefined()
    })

    it('refuses English that does not fit its chapter, naming the place', () => {
      const shared = toSharedBook(book, withEnglish)
      const [first, second] = shared.chapters
      const withChapter = (index: number, chapter: object) => ({
        ...shared,
        chapters: shared.chapters.map((c, i) => (i === index ? chapter : c)),
      })
      const cases: [unknown, RegExp][] = [
        [withChapter(1, { ...second, translation: undefined }), /^chapters\.1\.translation: /u],
        [withChapter(0, { ...first, en: undefined }), /^chapters\.0\.en: /u],
        [
          withChapter(1, { ...second, en: [...second!.en!, ...second!.en!, ...second!.en!] }),
          /^chapters\.1\.en: 3 English blocks for 2 German blocks/u,
        ],
        [
          withChapter(0, { ...first, translation: { ...first!.translation!, doubtful: [0, 7] } }),
          /^chapters\.0\.translation\.doubtful\.1: no German block 7/u,
        ],
        [
          withChapter(1, { ...second, translation: { by: 'robot', edited: [] } }),
          /^chapters\.1\.translation\.by: /u,
        ],
      ]
      for (const [value, reason] of cases)
        expect(() => readBook(asFile(JSON.stringify(value)))).toThrow(
          expect.objectContaining({
            problem: 'badShare',
            detail: { reason: expect.stringMatching(reason) },
          }),
        )
    })
  })
})
