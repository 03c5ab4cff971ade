import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignBlocks } from '@/lib/content/align'
import { ContentError } from '@/lib/content/errors'
import { parseContentFile } from '@/lib/content/parse'
import { germanMetaSchema } from '@/lib/content/schema'
import { blockKinds, type Block } from '@/lib/content/types'
import { tokenize } from '@/lib/text/tokenize'
import { buildLexicon } from '@/lib/vocabulary/lexicon'
import { analyseCuratedOnly } from './curatedOnly'

// Arbitrary Unicode, including lone surrogates, combining marks, bidi controls and the
// characters content files treat specially.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'ß',
      'Ä',
      ' ',
      '\n',
      '\r',
      '-',
      '#',
      '>',
      '[',
      ']',
      '{',
      '}',
      '\u202e',
      '\u200b',
      '̈',
      '---',
      '## ',
      '> ',
      '{lang=en}',
      '"',
    ),
    maxLength: 120,
  }),
)

describe('tokenize, for any input', () => {
  it('gives tokens that reassemble exactly to the input, each non-empty and in place', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tokens = tokenize(input)
        expect(tokens.map((token) => token.text).join('')).toBe(input)
        let offset = 0
        for (const token of tokens) {
          expect(token.text.length).toBeGreaterThan(0)
          expect(token.start).toBe(offset)
          offset += token.text.length
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('parseContentFile, for any input', () => {
  it('returns blocks or throws a ContentError, nothing else', () => {
    const withFrontMatter = anyText.map(
      (body) =>
        `---\ntitle: T\nlevel: B1\nsource: S\ndate: "2025-01-01"\nlicence: L\n---\n\n${body}`,
    )
    fc.assert(
      fc.property(fc.oneof(anyText, withFrontMatter), (raw) => {
        try {
          const parsed = parseContentFile(raw, 'content/x/de.md', germanMetaSchema)
          parsed.blocks.forEach((block, index) => {
            expect(block.number).toBe(index + 1)
            expect(block.text.trim()).not.toBe('')
          })
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError)
          expect((error as Error).message.startsWith('content/x/de.md: ')).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })
})

const block = (number: number, kind: Block['kind']): Block => ({
  number,
  kind,
  spans: [{ text: `b${number}` }],
  text: `b${number}`,
})
const kinds = fc.array(fc.constantFrom(...blockKinds), { maxLength: 30 })

describe('alignBlocks', () => {
  it('keeps the order and count of blocks of matching files', () => {
    fc.assert(
      fc.property(kinds, (list) => {
        const de = list.map((kind, i) => block(i + 1, kind))
        const en = list.map((kind, i) => block(i + 1, kind))
        const pairs = alignBlocks(de, en, { de: 'de.md', en: 'en.md' })
        expect(pairs.map((pair) => pair.number)).toEqual(list.map((_, i) => i + 1))
        expect(pairs.map((pair) => pair.de)).toEqual(de)
        expect(pairs.map((pair) => pair.en)).toEqual(en)
      }),
    )
  })

  it('throws a ContentError naming a block whenever the files differ', () => {
    fc.assert(
      fc.property(kinds, kinds, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b))
        const de = a.map((kind, i) => block(i + 1, kind))
        const en = b.map((kind, i) => block(i + 1, kind))
        expect(() => alignBlocks(de, en, { de: 'de.md', en: 'en.md' })).toThrow(
          /^(de|en)\.md: block \d+ /,
        )
      }),
    )
  })
})

describe('the analysis engine, for any input', () => {
  const lexicon = buildLexicon(
    {
      und: { pos: 'conj', gloss: 'and' },
      einwerfen: { pos: 'verb', principalParts: ['a', 'b', 'c', 'd'], separable: true, gloss: 'x' },
    },
    {
      forms: { wirft: [{ lemma: 'werfen' }] },
      phrases: [{ entry: 'und', tokens: ['und', 'und'] }],
    },
  )
  it('never throws and keeps every character of the block', () => {
    fc.assert(
      fc.property(anyText, anyText, (german, english) => {
        const spans = [
          { text: german },
          { text: english, lang: 'en' },
          { text: ` wirft ${german} ein.` },
        ]
        const matched = analyseCuratedOnly([{ number: 1, spans }], lexicon)
        const parts = matched.blocks[0]!.parts
        expect(parts.map((part) => part.text).join('')).toBe(spans.map((s) => s.text).join(''))
        for (const unit of matched.units) {
          const words = parts.filter((part) => part.kind === 'word')
          for (const index of unit.words) expect(words[index]?.units).toContain(unit.id)
        }
      }),
      { numRuns: 300 },
    )
  })
})
