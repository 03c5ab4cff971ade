import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BookError } from '@/lib/books/bookError'
import { readEpub } from '@/lib/books/epub'
import { MAX_ZIP_ENTRIES } from '@/lib/books/limits'
import { makeEpub } from '../fixtures/makeEpub'

const failure = (bytes: Uint8Array) => {
  try {
    readEpub(bytes)
  } catch (error) {
    if (error instanceof BookError) return error
    throw error
  }
  throw new Error('the book was read')
}

describe('reading an EPUB', () => {
  it('takes chapters in spine order with titles from the EPUB 3 nav, and the metadata', () => {
    const book = readEpub(
      makeEpub({
        title: 'Das kalte Herz',
        author: 'Wilhelm Hauff',
        chapters: [
          {
            file: 'c1.xhtml',
            title: 'Erster Teil',
            body: '<h1>Erster Teil</h1><p>Wer durch Schwaben reist.</p>',
          },
          {
            file: 'c2.xhtml',
            title: 'Zweiter Teil',
            body: '<p>Peter Munk ging heim.</p><p>Es war Nacht.</p>',
          },
        ],
      }),
    )
    expect(book.title).toBe('Das kalte Herz')
    expect(book.author).toBe('Wilhelm Hauff')
    expect(book.declaredLanguage).toBe('de')
    expect(book.chapters.map((c) => c.title)).toEqual(['Erster Teil', 'Zweiter Teil'])
    expect(book.chapters[0]!.blocks).toEqual([
      { kind: 'heading', text: 'Erster Teil' },
      { kind: 'paragraph', text: 'Wer durch Schwaben reist.' },
    ])
    expect(book.chapters[1]!.blocks).toHaveLength(2)
  })

  it('reads the EPUB 2 table of contents (NCX)', () => {
    const book = readEpub(
      makeEpub({
        version: 2,
        chapters: [
          { file: 'a.html', title: 'Kapitel 1', body: '<p>Eins.</p>' },
          { file: 'b.html', title: 'Kapitel 2', body: '<p>Zwei.</p>' },
        ],
      }),
    )
    expect(book.chapters.map((c) => c.title)).toEqual(['Kapitel 1', 'Kapitel 2'])
  })

  it('cuts one file into chapters where the table of contents points inside it', () => {
    const book = readEpub(
      makeEpub({
        chapters: [
          {
            file: 'all.xhtml',
            body:
              '<p>Vorwort des Herausgebers.</p>' +
              '<h2 id="k1">I.</h2><p>Erstes Kapitel.</p>' +
              '<div id="k2"><h2>II.</h2><p>Zweites Kapitel.</p></div>',
          },
        ],
        toc: [
          { href: 'all.xhtml', title: 'Vorwort' },
          { href: 'all.xhtml#k1', title: 'Erstes Kapitel' },
          { href: 'all.xhtml#k2', title: 'Zweites Kapitel' },
        ],
      }),
    )
    expect(book.chapters.map((c) => [c.title, c.blocks.map((b) => b.text)])).toEqual([
      ['Vorwort', ['Vorwort des Herausgebers.']],
      ['Erstes Kapitel', ['I.', 'Erstes Kapitel.']],
      ['Zweites Kapitel', ['II.', 'Zweites Kapitel.']],
    ])
  })

  it('keeps verse lines as lines, block quotes as notes, and counts what it drops', () => {
    const book = readEpub(
      makeEpub({
        chapters: [
          {
            file: 'poem.xhtml',
            title: 'Gedichte',
            body:
              '<style>p{}</style><img src="a.png" alt=""/>' +
              '<div class="poem"><div class="stanza"><span class="line">Über allen Gipfeln</span>' +
              '<span class="line">Ist Ruh,</span></div></div>' +
              '<p>Warte nur, balde<br/>Ruhest du auch.</p>' +
              '<blockquote><p>Ein Zitat.</p></blockquote>' +
              '<script>alert(1)</script>' +
              '<p>Text mit<sup><a epub:type="noteref" href="#n1">1</a></sup> Fußnote&nbsp;und&mdash;Strich.</p>',
          },
        ],
      }),
    )
    expect(book.chapters[0]!.blocks).toEqual([
      { kind: 'paragraph', text: 'Über allen Gipfeln\nIst Ruh,', verse: true },
      { kind: 'paragraph', text: 'Warte nur, balde\nRuhest du auch.', verse: true },
      { kind: 'note', text: 'Ein Zitat.' },
      { kind: 'paragraph', text: 'Text mit Fußnote und—Strich.' },
    ])
    // One stylesheet link per document and one <style>.
    expect(book.dropped).toEqual({ images: 1, styles: 2, scripts: 1 })
  })

  it('a document the table of contents does not name continues the chapter before it', () => {
    const book = readEpub(
      makeEpub({
        chapters: [
          { file: 'c1.xhtml', title: 'Eins', body: '<p>Anfang.</p>' },
          { file: 'c1b.xhtml', body: '<p>Fortsetzung.</p>' },
          { file: 'c2.xhtml', body: '<h2>Ungenannt</h2><p>Neu.</p>' },
        ],
      }),
    )
    expect(book.chapters.map((c) => [c.title, c.blocks.length])).toEqual([
      ['Eins', 2],
      ['Ungenannt', 2],
    ])
  })

  it('a part title page goes in front of the chapter after it', () => {
    const book = readEpub(
      makeEpub({
        chapters: [
          { file: 'part.xhtml', title: 'Erstes Buch', body: '<h1>Erstes Buch</h1>' },
          { file: 'c1.xhtml', title: 'Kapitel 1', body: '<p>Text.</p>' },
        ],
      }),
    )
    expect(book.chapters).toEqual([
      {
        title: 'Kapitel 1',
        blocks: [
          { kind: 'heading', text: 'Erstes Buch' },
          { kind: 'paragraph', text: 'Text.' },
        ],
      },
    ])
  })

  it('reads a document in the encoding its XML declaration names', () => {
    const latin1 = new Uint8Array([
      ...strToU8(
        '<?xml version="1.0" encoding="ISO-8859-1"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Gr',
      ),
      0xfc,
      ...strToU8('n und sch'),
      0xf6,
      ...strToU8('n.</p></body></html>'),
    ])
    const book = readEpub(
      makeEpub({
        chapters: [{ file: 'c.xhtml', title: 'C', body: '<p>x</p>' }],
        extra: { 'OEBPS/c.xhtml': latin1 },
      }),
    )
    expect(book.chapters[0]!.blocks[0]!.text).toBe('Grün und schön.')
  })
})

describe('a bad book gets a clear message and nothing is read', () => {
  const chapters = [{ file: 'c1.xhtml', title: 'Eins', body: '<p>Text.</p>' }]

  it('a file that is not a zip', () => {
    expect(failure(strToU8('Das ist kein Buch.')).problem).toBe('notZip')
  })

  it('a zip with no container or no package file', () => {
    expect(failure(makeEpub({ chapters, container: null })).problem).toBe('noContainer')
    const missing = failure(makeEpub({ chapters, container: 'OEBPS/nothing.opf' }))
    expect(missing.problem).toBe('noPackage')
    expect(missing.detail.file).toBe('OEBPS/nothing.opf')
  })

  it('broken XHTML names the file, the line and the column', () => {
    const error = failure(
      makeEpub({
        chapters: [{ file: 'c1.xhtml', title: 'Eins', body: '<p>Offen\n<p>Zu</p></body>' }],
      }),
    )
    expect(error.problem).toBe('brokenXml')
    expect(error.detail.file).toBe('OEBPS/c1.xhtml')
    expect(error.detail.line).toBeGreaterThan(1)
    expect(error.message).toMatch(/OEBPS\/c1\.xhtml, line \d+, column \d+/u)
  })

  it('DRM: encrypted content documents are refused', () => {
    const encryption = `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/c1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`
    const error = failure(makeEpub({ chapters, extra: { 'META-INF/encryption.xml': encryption } }))
    expect(error.problem).toBe('drm')
    expect(error.detail.file).toBe('OEBPS/c1.xhtml')
  })

  it('font obfuscation alone is not DRM: that book imports', () => {
    const encryption = `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/fonts/serif.otf"/></enc:CipherData></enc:EncryptedData></encryption>`
    const book = readEpub(makeEpub({ chapters, extra: { 'META-INF/encryption.xml': encryption } }))
    expect(book.chapters).toHaveLength(1)
  })

  it('a zip bomb: an entry that unpacks to far more than it packs', () => {
    const bomb = makeEpub({ chapters, extra: { 'OEBPS/c1.xhtml': new Uint8Array(5_000_000) } })
    const error = failure(bomb)
    expect(error.problem).toBe('zipBomb')
    expect(error.detail.file).toBe('OEBPS/c1.xhtml')
  })

  it('a zip bomb: too many entries', () => {
    const files = Object.fromEntries(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}`, new Uint8Array(0)]),
    )
    expect(failure(zipSync(files)).problem).toBe('zipBomb')
  })

  it('a book with no text', () => {
    const error = failure(makeEpub({ chapters: [{ file: 'c.xhtml', body: '<img src="x.png"/>' }] }))
    expect(error.problem).toBe('noChapters')
  })
})
