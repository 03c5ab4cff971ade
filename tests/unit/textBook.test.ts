import { describe, expect, it } from 'vitest'
import { BookError } from '@/lib/books/bookError'
import { MAX_TEXT_BOOK_BYTES } from '@/lib/books/limits'
import { readBook } from '@/lib/books/readBook'
import { readTextBook } from '@/lib/books/textBook'
import { checkGerman, declaresGerman } from '@/lib/text/language'

describe('a plain-text or Markdown book', () => {
  it('starts a chapter at "Kapitel 3", "Erstes Kapitel" and a Roman numeral on a line of its own', () => {
    const book = readTextBook(
      [
        'Der Schimmelreiter',
        'Eine Novelle',
        '',
        'Kapitel 1',
        '',
        'Was ich zu berichten beabsichtige.',
        '',
        'Zweites Kapitel',
        '',
        'Es war im dritten Jahrzehnt.',
        '',
        'III.',
        '',
        'Der Deich brach. Kapitel 4 kam nie.',
      ].join('\n'),
      'schimmelreiter',
    )
    expect(book.title).toBe('Der Schimmelreiter')
    expect(book.chapters.map((chapter) => chapter.title)).toEqual([
      'Der Schimmelreiter',
      'Kapitel 1',
      'Zweites Kapitel',
      'III.',
    ])
    expect(book.chapters[1]!.blocks).toEqual([
      { kind: 'heading', text: 'Kapitel 1' },
      { kind: 'paragraph', text: 'Was ich zu berichten beabsichtige.' },
    ])
    expect(book.chapters[3]!.blocks[1]!.text).toBe('Der Deich brach. Kapitel 4 kam nie.')
  })

  it('Markdown chapters are # and ## headings; ### stays inside its chapter', () => {
    const book = readTextBook(
      '# Erster Teil\n\nText.\n\n### Ein Abschnitt\n\nMehr.\n\n## Zweiter Teil\n\nEnde.',
      'md',
    )
    expect(book.title).toBe('md')
    expect(book.chapters.map((chapter) => [chapter.title, chapter.blocks.length])).toEqual([
      ['Erster Teil', 4],
      ['Zweiter Teil', 2],
    ])
  })

  it('a page break (form feed) ends a chapter; invisible characters are removed and counted', () => {
    const book = readTextBook('Seite eins.\u200B\n\f\nSeite zwei.', 'pages')
    expect(book.chapters.map((chapter) => chapter.blocks[0]!.text)).toEqual([
      'Seite eins.',
      'Seite zwei.',
    ])
    expect(book.removedCharacters).toBe(1)
  })

  it('a line that only starts like a chapter is text', () => {
    const book = readTextBook(
      'Kapitel 3 beginnt mit einem Satz, der weitergeht.\nUnd so fort.',
      't',
    )
    expect(book.chapters).toHaveLength(1)
  })

  it('a long text without chapter lines is one chapter', () => {
    const paragraph = 'Der Mann ging in die Stadt und kaufte Brot. '.repeat(50)
    const book = readTextBook(Array.from({ length: 2_000 }, () => paragraph).join('\n\n'), 'lang')
    expect(book.chapters).toHaveLength(1)
    expect(book.chapters[0]!.blocks).toHaveLength(2_000)
  })

  it('an empty or binary file is refused', () => {
    expect(() => readTextBook('\n\n  \n', 'leer')).toThrow(BookError)
    expect(() => readTextBook('PK\u0000\u0000binary', 'bin')).toThrow(/notText/u)
  })
})

describe('is a text German?', () => {
  it('by its function words', () => {
    expect(
      checkGerman('Der Mann ging mit dem Hund in die Stadt, und es war kalt. '.repeat(3)).german,
    ).toBe(true)
    const english = checkGerman(
      'The man went with the dog into the town, and it was cold. '.repeat(3),
    )
    expect(english.german).toBe(false)
    expect(english.englishShare).toBeGreaterThan(0.2)
    expect(
      checkGerman('Le chat est sur la table et il dort dans la maison. '.repeat(3)).german,
    ).toBe(false)
  })

  it('a text too short to tell is not refused', () => {
    expect(checkGerman('Hello world').german).toBe(true)
  })

  it('by the language a book declares', () => {
    expect(declaresGerman('de-AT')).toBe(true)
    expect(declaresGerman('ger')).toBe(true)
    expect(declaresGerman('en')).toBe(false)
    expect(declaresGerman(undefined)).toBeUndefined()
  })
})

describe('reading a book file', () => {
  it('leaves out Project Gutenberg’s header and licence', () => {
    const { book, language } = readBook({
      name: 'faust.txt',
      bytes: new TextEncoder().encode(
        [
          'The Project Gutenberg eBook of Faust. This eBook is for the use of anyone anywhere.',
          '*** START OF THE PROJECT GUTENBERG EBOOK FAUST ***',
          'Faust',
          '',
          'Habe nun, ach! Philosophie, Juristerei und Medizin, und leider auch Theologie durchaus studiert, mit heißem Bemühn. Da steh ich nun, ich armer Tor, und bin so klug als wie zuvor.',
          '*** END OF THE PROJECT GUTENBERG EBOOK FAUST ***',
          'Section 1. General Terms of Use and Redistributing Project Gutenberg electronic works.',
        ].join('\n'),
      ),
    })
    expect(book.title).toBe('Faust')
    expect(book.chapters.flatMap((c) => c.blocks.map((b) => b.text)).join(' ')).not.toMatch(
      /Gutenberg/u,
    )
    expect(language.german).toBe(true)
  })

  it('reads Windows-1252 text and says when a book is not German', () => {
    const english =
      'It was the best of times, it was the worst of times, and we were all going direct to Heaven. '
    // "Müller" in Windows-1252 (and ISO-8859-1): one byte for ü, which is not UTF-8.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(english.repeat(5) + 'M'),
      0xfc,
      ...new TextEncoder().encode('ller'),
    ])
    const { language, book } = readBook({ name: 'two-cities.txt', bytes })
    expect(book.chapters[0]!.blocks[0]!.text.endsWith('Müller')).toBe(true)
    expect(language.german).toBe(false)
  })

  it('an EPUB is known by its signature, whatever its name, and a text book over the limit is refused', () => {
    expect(() => readBook({ name: 'book.txt', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) })).toThrow(
      /notZip/u,
    )
    expect(() =>
      readBook({ name: 'huge.txt', bytes: new Uint8Array(MAX_TEXT_BOOK_BYTES + 1).fill(65) }),
    ).toThrow(/tooLarge/u)
  })
})
