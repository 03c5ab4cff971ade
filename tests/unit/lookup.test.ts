import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { getText } from '@/lib/content/load'
import { dictionaryOf } from '@/lib/dictionary/dictionary'
import { analyseText } from '@/lib/analysis/engine'
import { getDictionary } from '@/lib/dictionary/load'
import { lookupBatches, lookupExcerpt, MAX_LOOKUP_WORDS } from '@/lib/analysis/lookup'
import { tokenize } from '@/lib/text/tokenize'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

const { index, dictionary } = getDictionary()
const curated = getLexiconFromFile('en')
const seed = getText('alaska-gipfel')!
  .pairs.map((pair) => pair.de.spans.map((span) => span.text).join(''))
  .join('\n\n')
const texts = {
  seed,
  eval: ['brief', 'bericht', 'ratgeber']
    .map((id) => readFileSync(`tests/eval/texts/${id}.txt`, 'utf8'))
    .join('\n\n'),
}
const wordsOf = (text: string) =>
  new Set(
    tokenize(text)
      .filter((t) => t.kind === 'word')
      .map((t) => t.text),
  )

describe('the lookup excerpt', () => {
  it.each(Object.entries(texts))(
    'lets the engine read the %s text exactly as the whole dictionary does',
    (_, text) => {
      const part = lookupExcerpt(wordsOf(text), index, curated, dictionary)
      const blocks = [{ number: 1, spans: [{ text }] }]
      const withPart = analyseText(blocks, { curated, dictionary: dictionaryOf(part) })
      const withWhole = analyseText(blocks, { curated, dictionary })
      expect(withPart.matched).toEqual(withWhole.matched)
      expect([...withPart.lexicon.entries]).toEqual([...withWhole.lexicon.entries])
    },
    20_000,
  )

  it('is a small part of the dictionary: under 500 KB gzip for the 1,042-word seed', () => {
    const part = lookupExcerpt(wordsOf(texts.seed), index, curated, dictionary)
    const bytes = gzipSync(JSON.stringify(part)).length
    expect(bytes).toBeLessThan(500 * 1024)
    expect(part.entries.length).toBeLessThan(index.entries.length / 20)
  })
})

describe('the lookup requests of a text', () => {
  it('asks each accepted word once, sorted, in batches the route allows', () => {
    const words = Array.from(
      { length: 2 * MAX_LOOKUP_WORDS + 5 },
      (_, i) => `wort${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))}`,
    )
    const batches = lookupBatches([...words, ...words, 'F-35-Kampfjets', '2025', '<script>'])
    expect(batches.map((batch) => batch.length)).toEqual([400, 400, 7])
    const asked = batches.flat()
    expect(asked).toEqual([...asked].sort())
    expect(asked).toContain('Kampfjets')
    expect(asked).not.toContain('2025')
    expect(asked.some((word) => word.includes('<'))).toBe(false)
  })
})
