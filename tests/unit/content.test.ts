import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { alignBlocks } from '@/lib/content/align'
import { ContentError } from '@/lib/content/errors'
import { getTextSlugs, loadText } from '@/lib/content/load'
import { parseContentFile, parseSpans } from '@/lib/content/parse'
import { normalizeSource } from '@/lib/content/source'
import { englishMetaSchema, germanMetaSchema } from '@/lib/content/schema'
import type { Block, BlockKind } from '@/lib/content/types'

const DE_FILE = 'content/x/de.md'
const EN_FILE = 'content/x/en.md'

const germanFrontMatter = [
  '---',
  'title: "Gipfel in Alaska"',
  'level: B2',
  'source: Eine Zeitung',
  'sourceUrl: https://example.com/artikel',
  'date: "2025-08-16"',
  'licence: Nur zum Lernen',
  '---',
].join('\n')

const englishFrontMatter = [
  '---',
  'title: Summit in Alaska',
  'translator: Zweiklang contributors',
  'licence: For study',
  '---',
].join('\n')

const germanBody = [
  'Der Gipfel in Alaska ist historisch - aber nur wegen der Umstände.',
  '',
  '## "Werden Sie aufhören?"',
  '',
  'Erste Zeile eines Absatzes',
  'und seine zweite Zeile.',
  '',
  'Er wirft ein: "[Next time in Moscow!]{lang=en}" Trump schmunzelt.',
  '',
  '> Haftungsausschluss: Das Urheberrecht',
  '> liegt beim Autor.',
].join('\n')

const germanFile = `${germanFrontMatter}\n\n${germanBody}\n`

function parseGerman(raw: string, file = DE_FILE) {
  return parseContentFile(raw, file, germanMetaSchema)
}

function parseEnglish(raw: string, file = EN_FILE) {
  return parseContentFile(raw, file, englishMetaSchema)
}

/** Runs `action`, expects a ContentError and returns it. */
function contentError(action: () => unknown): ContentError {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return error as ContentError
  }
  throw new Error('expected a ContentError, but nothing was thrown')
}

function block(number: number, kind: BlockKind, text = `block ${number}`): Block {
  return { number, kind, spans: [{ text }], text }
}

describe('parseContentFile', () => {
  it('validates and returns the German front matter', () => {
    expect(parseGerman(germanFile).meta).toEqual({
      title: 'Gipfel in Alaska',
      level: 'B2',
      source: 'Eine Zeitung',
      sourceUrl: 'https://example.com/artikel',
      date: '2025-08-16',
      licence: 'Nur zum Lernen',
    })
  })

  it('validates and returns the English front matter', () => {
    const parsed = parseEnglish(`${englishFrontMatter}\n\nA paragraph.\n`)
    expect(parsed.meta).toEqual({
      title: 'Summit in Alaska',
      translator: 'Zweiklang contributors',
      licence: 'For study',
    })
    expect(parsed.blocks).toEqual([
      { number: 1, kind: 'paragraph', spans: [{ text: 'A paragraph.' }], text: 'A paragraph.' },
    ])
  })

  it('splits the body into numbered headings, paragraphs and notes', () => {
    const { blocks } = parseGerman(germanFile)
    expect(blocks.map((b) => [b.number, b.kind])).toEqual([
      [1, 'paragraph'],
      [2, 'heading'],
      [3, 'paragraph'],
      [4, 'paragraph'],
      [5, 'note'],
    ])
  })

  it('strips the "## " marker from a heading', () => {
    const heading = parseGerman(germanFile).blocks[1]
    expect(heading?.text).toBe('"Werden Sie aufhören?"')
    expect(heading?.spans).toEqual([{ text: '"Werden Sie aufhören?"' }])
  })

  it('joins the lines of a multi-line paragraph with one space', () => {
    const paragraph = parseGerman(germanFile).blocks[2]
    expect(paragraph?.text).toBe('Erste Zeile eines Absatzes und seine zweite Zeile.')
  })

  it('trims the lines of a paragraph before joining them', () => {
    const { blocks } = parseGerman(`${germanFrontMatter}\n  eins  \n\t zwei\n`)
    expect(blocks[0]?.text).toBe('eins zwei')
  })

  it('strips "> " from every line of a multi-line note and joins them', () => {
    const note = parseGerman(germanFile).blocks[4]
    expect(note?.kind).toBe('note')
    expect(note?.text).toBe('Haftungsausschluss: Das Urheberrecht liegt beim Autor.')
  })

  it('reads a note written as ">" without a space', () => {
    const { blocks } = parseGerman(`${germanFrontMatter}\n>Kurz.\n>Noch kürzer.\n`)
    expect(blocks[0]).toMatchObject({ kind: 'note', text: 'Kurz. Noch kürzer.' })
  })

  it('turns [text]{lang=en} into a span in another language and strips the markup', () => {
    const quote = parseGerman(germanFile).blocks[3]
    expect(quote?.spans).toEqual([
      { text: 'Er wirft ein: "' },
      { text: 'Next time in Moscow!', lang: 'en' },
      { text: '" Trump schmunzelt.' },
    ])
    expect(quote?.text).toBe('Er wirft ein: "Next time in Moscow!" Trump schmunzelt.')
    expect(quote?.text).not.toContain('{lang=')
  })

  it('ignores extra blank lines and white-space-only lines between blocks', () => {
    const { blocks } = parseGerman(`${germanFrontMatter}\nA\n\n\n\nB\n  \nC`)
    expect(blocks.map((b) => `${b.number}:${b.text}`)).toEqual(['1:A', '2:B', '3:C'])
  })

  describe('reads messy sources the same as clean ones', () => {
    const clean = parseGerman(germanFile)

    it('CRLF line endings', () => {
      expect(parseGerman(germanFile.replace(/\n/g, '\r\n'))).toEqual(clean)
    })

    it('lone CR line endings', () => {
      expect(parseGerman(germanFile.replace(/\n/g, '\r'))).toEqual(clean)
    })

    it('a byte-order mark', () => {
      expect(parseGerman(`\uFEFF${germanFile}`)).toEqual(clean)
    })

    it('decomposed (NFD) characters', () => {
      const nfd = germanFile.normalize('NFD')
      expect(nfd).not.toBe(germanFile)
      const parsed = parseGerman(nfd)
      expect(parsed).toEqual(clean)
      expect(parsed.blocks[0]?.text).toContain('Umstände')
    })

    it('all of them at once', () => {
      const messy = `\uFEFF${germanFile.normalize('NFD').replace(/\n/g, '\r\n')}`
      expect(parseGerman(messy)).toEqual(clean)
    })
  })

  describe('errors name the file and the block', () => {
    it('missing front matter', () => {
      const error = contentError(() => parseGerman('Nur ein Absatz.\n'))
      expect(error.message).toBe(`${DE_FILE}: front matter is missing (a --- block at the top)`)
      expect(error.file).toBe(DE_FILE)
      expect(error.block).toBeUndefined()
    })

    it('front matter that is not at the top', () => {
      const error = contentError(() => parseGerman(`Vorwort\n\n${germanFile}`))
      expect(error.message).toContain(`${DE_FILE}: front matter is missing`)
    })

    it('invalid YAML', () => {
      const error = contentError(() => parseGerman('---\ntitle: [unclosed\n---\n\nText.\n'))
      expect(error.message).toContain(`${DE_FILE}: front matter is not valid YAML: `)
    })

    it('duplicate YAML keys', () => {
      const raw = germanFile.replace('level: B2', 'level: B2\nlevel: C1')
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toContain(`${DE_FILE}: front matter is not valid YAML: `)
    })

    it('missing title', () => {
      const raw = germanFile.replace('title: "Gipfel in Alaska"\n', '')
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toContain(`${DE_FILE}: front matter is invalid: title: `)
    })

    it('blank title', () => {
      const raw = germanFile.replace('title: "Gipfel in Alaska"', 'title: "   "')
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toContain(`${DE_FILE}: front matter is invalid: title: `)
    })

    it('bad level', () => {
      const raw = germanFile.replace('level: B2', 'level: B3')
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toContain(`${DE_FILE}: front matter is invalid: level: `)
      expect(error.message).not.toContain('title')
    })

    it('bad date and bad URL are both listed', () => {
      const raw = germanFile
        .replace('date: "2025-08-16"', 'date: "16.08.2025"')
        .replace('sourceUrl: https://example.com/artikel', 'sourceUrl: nicht eine URL')
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toContain('sourceUrl: ')
      expect(error.message).toContain('; date: ')
    })

    it('unknown front matter key', () => {
      const raw = germanFile.replace('level: B2', 'level: B2\nauthor: Jemand')
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toContain(`${DE_FILE}: front matter is invalid: `)
      expect(error.message).toContain('author')
    })

    it('front matter that is not a mapping', () => {
      const error = contentError(() => parseGerman('---\n- a\n- b\n---\n\nText.\n'))
      expect(error.message).toContain(`${DE_FILE}: front matter is invalid: (root): `)
    })

    it('English front matter with a German field', () => {
      const raw = englishFrontMatter.replace('translator:', 'level: B2\ntranslator:')
      const error = contentError(() => parseEnglish(`${raw}\n\nText.\n`))
      expect(error.message).toContain(`${EN_FILE}: front matter is invalid: `)
      expect(error.message).toContain('level')
    })

    it('no blocks at all', () => {
      const error = contentError(() => parseGerman(`${germanFrontMatter}\n\n  \n\n`))
      expect(error.message).toBe(`${DE_FILE}: has no blocks`)
    })

    it('a heading of another level', () => {
      const raw = `${germanFrontMatter}\n\nAbsatz.\n\n### Zu tief\n`
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toBe(
        `${DE_FILE}: block 2 is a heading of an unsupported level: write "## " headings`,
      )
      expect(error.block).toBe(2)
    })

    it('a "# " heading', () => {
      const raw = `${germanFrontMatter}\n\n# Zu hoch\n`
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toContain(`${DE_FILE}: block 1 is a heading of an unsupported level`)
    })

    it('an empty note', () => {
      const raw = `${germanFrontMatter}\n\nAbsatz.\n\n>\n`
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toBe(`${DE_FILE}: block 2 is empty (a note with no text)`)
      expect(error.block).toBe(2)
    })

    it('a heading whose only text is white space', () => {
      const raw = `${germanFrontMatter}\n\nAbsatz.\n\nNoch einer.\n\n## [ ]{lang=en}\n`
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toBe(`${DE_FILE}: block 3 is empty (a heading with no text)`)
    })

    it('an empty heading ("## " alone) is reported as empty', () => {
      const raw = `${germanFrontMatter}\n\nAbsatz.\n\n## \n`
      const error = contentError(() => parseGerman(raw))
      expect(error.message).toBe(`${DE_FILE}: block 2 is empty (a heading with no text)`)
    })
  })
})

describe('normalizeSource', () => {
  it('removes a BOM, unifies line endings and composes characters', () => {
    expect(normalizeSource('\uFEFFa\r\nb\rc\nA\u0308')).toBe('a\nb\nc\nÄ')
  })

  it('only removes a BOM at the very start', () => {
    expect(normalizeSource('a\uFEFFb')).toBe('a\uFEFFb')
  })
})

describe('parseSpans', () => {
  it('returns one plain span for text without markup', () => {
    expect(parseSpans('Nur Deutsch.')).toEqual([{ text: 'Nur Deutsch.' }])
  })

  it('returns no spans for empty text', () => {
    expect(parseSpans('')).toEqual([])
  })

  it('reads several spans, at the start and the end', () => {
    expect(parseSpans('[Hello]{lang=en} und [bonjour]{lang=fr}')).toEqual([
      { text: 'Hello', lang: 'en' },
      { text: ' und ' },
      { text: 'bonjour', lang: 'fr' },
    ])
  })

  it('leaves malformed markup as plain text', () => {
    for (const text of ['[Hi]{lang=english}', '[Hi]{lang=EN}', '[]{lang=en}', '[Hi] {lang=en}']) {
      expect(parseSpans(text)).toEqual([{ text }])
    }
  })
})

describe('alignBlocks', () => {
  const files = { de: DE_FILE, en: EN_FILE }

  it('pairs blocks one to one, numbered from 1', () => {
    const de = [block(1, 'heading', 'Titel'), block(2, 'paragraph', 'Text'), block(3, 'note')]
    const en = [block(1, 'heading', 'Title'), block(2, 'paragraph', 'Text'), block(3, 'note')]
    const pairs = alignBlocks(de, en, files)
    expect(pairs).toHaveLength(3)
    expect(pairs.map((pair) => [pair.number, pair.kind])).toEqual([
      [1, 'heading'],
      [2, 'paragraph'],
      [3, 'note'],
    ])
    expect(pairs[0]?.de).toBe(de[0])
    expect(pairs[0]?.en).toBe(en[0])
  })

  it('returns no pairs for no blocks', () => {
    expect(alignBlocks([], [], files)).toEqual([])
  })

  it('names the English file and block when English has fewer blocks', () => {
    const de = [block(1, 'paragraph'), block(2, 'paragraph'), block(3, 'paragraph')]
    const en = [block(1, 'paragraph'), block(2, 'paragraph')]
    const error = contentError(() => alignBlocks(de, en, files))
    expect(error.message).toContain('content/x/en.md: block 3 is missing')
    expect(error.message).toBe(
      'content/x/en.md: block 3 is missing (3 German blocks, 2 English blocks)',
    )
    expect(error.file).toBe(EN_FILE)
    expect(error.block).toBe(3)
  })

  it('names the German file and block when German has fewer blocks', () => {
    const de = [block(1, 'paragraph')]
    const en = [block(1, 'paragraph'), block(2, 'paragraph'), block(3, 'note')]
    const error = contentError(() => alignBlocks(de, en, files))
    expect(error.message).toBe(
      'content/x/de.md: block 2 is missing (1 German blocks, 3 English blocks)',
    )
  })

  it('names both files when the kinds of a block differ', () => {
    const de = [block(1, 'paragraph'), block(2, 'heading')]
    const en = [block(1, 'paragraph'), block(2, 'paragraph')]
    const error = contentError(() => alignBlocks(de, en, files))
    expect(error.message).toBe(
      'content/x/en.md: block 2 is a paragraph, but block 2 of content/x/de.md is a heading',
    )
    expect(error.block).toBe(2)
  })
})

describe('loading texts from a content folder', () => {
  let root: string

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'zweiklang-content-'))
  })

  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
  })

  function writeText(slug: string, de: string, en: string) {
    mkdirSync(path.join(root, slug))
    writeFileSync(path.join(root, slug, 'de.md'), de)
    writeFileSync(path.join(root, slug, 'en.md'), en)
  }

  const englishFile = [
    englishFrontMatter,
    '',
    'The summit in Alaska is historic - but only because of the circumstances.',
    '',
    '## "Will you stop?"',
    '',
    'First line of a paragraph and its second line.',
    '',
    'He interjects: "Next time in Moscow!" Trump smiles.',
    '',
    '> Disclaimer: The copyright lies with the author.',
    '',
  ].join('\n')

  it('loads a valid text with its metadata and aligned pairs', () => {
    writeText('ein-text', germanFile, englishFile)
    const text = loadText('ein-text', root)
    expect(text.slug).toBe('ein-text')
    expect(text.title).toEqual({ de: 'Gipfel in Alaska', en: 'Summit in Alaska' })
    expect(text.level).toBe('B2')
    expect(text.translation).toEqual({ by: 'Zweiklang contributors', licence: 'For study' })
    expect(text.pairs.map((pair) => pair.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'note',
    ])
    // Headings and paragraphs, not the note: 11 + 3 + 8 + 9 words.
    expect(text.wordCount).toBe(31)
    expect(text.readingMinutes).toBe(1)
  })

  it('names content/<slug>/en.md and the block when the English text is broken', () => {
    const broken = englishFile.replace('## "Will you stop?"', '### "Will you stop?"')
    writeText('kaputt', germanFile, broken)
    const error = contentError(() => loadText('kaputt', root))
    expect(error.message).toBe(
      'content/kaputt/en.md: block 2 is a heading of an unsupported level: write "## " headings',
    )
  })

  it('names content/<slug>/en.md and the block when the English text lacks a block', () => {
    const short = englishFile.replace('\n> Disclaimer: The copyright lies with the author.\n', '')
    writeText('kurz', germanFile, short)
    const error = contentError(() => loadText('kurz', root))
    expect(error.message).toBe(
      'content/kurz/en.md: block 5 is missing (5 German blocks, 4 English blocks)',
    )
  })

  it('names content/<slug>/en.md and the block when a kind differs', () => {
    const swapped = englishFile.replace('## "Will you stop?"', '"Will you stop?"')
    writeText('anders', germanFile, swapped)
    const error = contentError(() => loadText('anders', root))
    expect(error.message).toBe(
      'content/anders/en.md: block 2 is a paragraph, but block 2 of content/anders/de.md is a heading',
    )
  })

  it('names a missing file', () => {
    mkdirSync(path.join(root, 'halb'))
    writeFileSync(path.join(root, 'halb', 'de.md'), germanFile)
    const error = contentError(() => loadText('halb', root))
    expect(error.message).toBe('content/halb/en.md: is missing or unreadable')
  })

  it('lists text folders by slug, sorted, ignoring plain files', () => {
    mkdirSync(path.join(root, 'zweiter-text'))
    mkdirSync(path.join(root, 'erster-text-2'))
    writeFileSync(path.join(root, 'README.md'), 'not a text')
    expect(getTextSlugs(root)).toEqual(['erster-text-2', 'zweiter-text'])
  })

  it.each(['Alaska-Gipfel', 'alaska_gipfel', 'alaska--gipfel', '-alaska', 'gipfel-', 'güte'])(
    'rejects the folder name %j',
    (slug) => {
      mkdirSync(path.join(root, 'gut'))
      mkdirSync(path.join(root, slug))
      const error = contentError(() => getTextSlugs(root))
      expect(error.message).toBe(
        `content/${slug}: is not a valid slug (lower-case letters, digits, -)`,
      )
    },
  )
})
