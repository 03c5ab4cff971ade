import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ContentError } from '@/lib/content/errors'
import { loadText } from '@/lib/content/load'
import { getDictionary } from '@/lib/dictionary/load'
import { buildLexicon } from '@/lib/vocabulary/lexicon'
import { loadAnnotations, loadLexiconFile, analyseCuratedText } from '@/lib/vocabulary/load'
import { parseJson, parseVocabularyFile } from '@/lib/vocabulary/validate'

const fixtures = path.resolve('tests/fixtures')
// The engine reads texts with the whole dictionary, unpacked once per process: not part of
// what a single case may take.
const UNPACK_TIMEOUT_MS = 60_000
beforeAll(() => void getDictionary(), UNPACK_TIMEOUT_MS)
const contentOf = (name: string) => path.join(fixtures, 'bad-content', name, 'content')

function vocabularyIn(name: string) {
  const file = 'locales/en/vocabulary.json'
  const raw = readFileSync(path.join(fixtures, 'bad-content', name, file), 'utf8')
  return parseVocabularyFile(parseJson(raw, file), file)
}

function matchIn(name: string) {
  const root = contentOf(name)
  const lexicon = buildLexicon(
    {
      Gipfel: {
        pos: 'noun',
        gender: 'm',
        genitive: 'des Gipfels',
        plural: 'die Gipfel',
        gloss: 'summit',
      },
      'der#article': { pos: 'art', gloss: 'the' },
    },
    { forms: { Der: [{ lemma: 'der' }] }, phrases: [] },
  )
  return analyseCuratedText(loadText('x', root), lexicon, loadAnnotations('x', root))
}

// Each broken file must fail with a message naming the file and the place in it.
const cases: [name: string, run: () => unknown, message: string | RegExp][] = [
  [
    'mismatched-blocks',
    () => loadText('x', contentOf('mismatched-blocks')),
    'content/x/en.md: block 3 is missing (3 German blocks, 2 English blocks)',
  ],
  [
    'mismatched-kinds',
    () => loadText('x', contentOf('mismatched-kinds')),
    'content/x/en.md: block 1 is a paragraph, but block 1 of content/x/de.md is a heading',
  ],
  [
    'empty-block',
    () => loadText('x', contentOf('empty-block')),
    'content/x/de.md: block 2 is empty (a heading with no text)',
  ],
  [
    'unsupported-heading',
    () => loadText('x', contentOf('unsupported-heading')),
    'content/x/de.md: block 1 is a heading of an unsupported level: write "## " headings',
  ],
  [
    'bad-front-matter',
    () => loadText('x', contentOf('bad-front-matter')),
    /^content\/x\/de\.md: front matter is invalid: level: .*; date: /,
  ],
  [
    'duplicate-front-matter',
    () => loadText('x', contentOf('duplicate-front-matter')),
    /^content\/x\/de\.md: front matter is not valid YAML: Map keys must be unique/,
  ],
  [
    'no-front-matter',
    () => loadText('x', contentOf('no-front-matter')),
    'content/x/de.md: front matter is missing (a --- block at the top)',
  ],
  [
    'missing-english',
    () => loadText('x', contentOf('missing-english')),
    'content/x/en.md: is missing or unreadable',
  ],
  [
    'huge-block',
    () => loadText('x', contentOf('huge-block')),
    /^content\/x\/de\.md: block 2 is 5,242,8\d\d characters long; a block may have at most 20,000/,
  ],
  [
    'invalid-json',
    () => vocabularyIn('invalid-json'),
    /^locales\/en\/vocabulary\.json: is not valid JSON at line 5, column 3 /,
  ],
  [
    'duplicate-keys',
    () => vocabularyIn('duplicate-keys'),
    'locales/en/vocabulary.json: key "Gipfel" appears twice (line 4, column 3)',
  ],
  [
    'malformed-entry',
    () => vocabularyIn('malformed-entry'),
    /^locales\/en\/vocabulary\.json: entry "Gipfel" gender: .*; entry "zustimmen" governs\.0: must be a case code/,
  ],
  [
    'missing-entry',
    () => matchIn('missing-entry'),
    'content/x/vocabulary.json: block 1: "Gipfel" points to "Gipfel#mountain", not in the vocabulary',
  ],
  [
    'bad-lexicon',
    () => loadLexiconFile(contentOf('bad-lexicon')),
    'content/lexicon.json: forms hat 0 morph: unknown feature "present"',
  ],
]

describe('the bad-content corpus (tests/fixtures/bad-content)', () => {
  it.each(cases)('%s fails with a message naming the file and place', (_, run, message) => {
    let error: unknown
    try {
      run()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ContentError)
    const text = (error as Error).message
    if (typeof message === 'string') expect(text).toBe(message)
    else expect(text).toMatch(message)
  })
})

describe('the good-content corpus (tests/fixtures/good-content)', () => {
  const reference = loadText('x', path.join(fixtures, 'good-content', 'lf', 'content'))

  it('reads the reference text', () => {
    expect(reference.pairs.map((pair) => pair.kind)).toEqual(['heading', 'paragraph', 'note'])
    expect(reference.title.de).toBe('Größe und Übermaß')
    expect(reference.pairs[1]!.de.spans).toEqual([
      { text: 'Der Bär schläft. Er ruft: ' },
      { text: 'Good night!', lang: 'en' },
      { text: ' und träumt weiter.' },
    ])
  })

  it.each(['crlf', 'mixed', 'bom', 'nfd'])(
    'accepts %s and normalises it to the same text',
    (variant) => {
      const raw = readFileSync(
        path.join(fixtures, 'good-content', variant, 'content/x/de.md'),
        'utf8',
      )
      expect(raw).not.toBe(
        readFileSync(path.join(fixtures, 'good-content/lf/content/x/de.md'), 'utf8'),
      )
      expect(loadText('x', path.join(fixtures, 'good-content', variant, 'content'))).toEqual(
        reference,
      )
    },
  )
})
