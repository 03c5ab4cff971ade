import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { getText } from '@/lib/content/load'
import { analyseText } from '@/lib/analysis/engine'
import { getDictionary } from '@/lib/dictionary/load'
import {
  isLookupWord,
  lookupBatches,
  lookupPath,
  lookupsOf,
  lookupWords,
  MAX_LOOKUP_URL,
  MAX_LOOKUP_WORDS,
  type LookupExcerpt,
} from '@/lib/analysis/lookup'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { serverIndexes, serverSources } from '@/lib/analysis/serverSources'
import { tokenize } from '@/lib/text/tokenize'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

const { index } = getDictionary()
const curated = getLexiconFromFile('en')
const whole = serverSources(curated)
const answer = lookupAnswers(whole, serverIndexes())
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
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text)
/** The lookup requests a browser makes for a text, each answered as the route answers. */
const answersFor = (text: string) =>
  lookupBatches(wordsOf(text)).map((batch) => JSON.parse(answer(batch)) as LookupExcerpt)

/**
 * What the seed's lookups may weigh: issue 14 asks for at most 30 KB gzip for a 1,000-word
 * text. They measure 30,021 bytes: one request, only the glosses the popup shows.
 */
const LOOKUP_BUDGET_BYTES = 30 * 1024

describe('the lookup excerpt', () => {
  it.each(Object.entries(texts))(
    'lets the engine read the %s text exactly as the whole dictionary does',
    (_, text) => {
      const blocks = [{ number: 1, spans: [{ text }] }]
      const withPart = analyseText(blocks, { curated, ...lookupsOf(answersFor(text)) })
      const withWhole = analyseText(blocks, whole)
      expect(withPart.matched).toEqual(withWhole.matched)
      expect([...withPart.lexicon.entries]).toEqual([...withWhole.lexicon.entries])
    },
    20_000,
  )

  it('is a small part of the sources: at most 30 KB gzip for the 1,042-word seed', () => {
    const answers = answersFor(texts.seed)
    expect(answers).toHaveLength(1)
    const bytes = answers.reduce((sum, part) => sum + gzipSync(JSON.stringify(part)).length, 0)
    expect(bytes).toBeLessThanOrEqual(LOOKUP_BUDGET_BYTES)
    const entries = answers.reduce(
      (sum, part) =>
        sum + [...Object.values(part.entries), ...Object.values(part.glossed)].flat().length,
      0,
    )
    expect(entries).toBeLessThan(index.entries.length / 20)
  })
})

describe('the lookup requests of a text', () => {
  it('asks each accepted word once, sorted, in batches the route allows', () => {
    const words = Array.from(
      { length: 2 * MAX_LOOKUP_WORDS + 5 },
      (_, i) => `wort${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))}`,
    )
    const batches = lookupBatches([...words, ...words, 'F-35-Kampfjets', '2025', '<script>', 'an'])
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(MAX_LOOKUP_WORDS)
      expect(encodeURIComponent(batch.join(',')).length).toBeLessThanOrEqual(MAX_LOOKUP_URL)
      expect(batch).toEqual([...batch].sort())
      // Every request names the text's particles.
      expect(batch).toContain('an')
    }
    const asked = batches.flat().filter((word) => word !== 'an')
    expect(asked).toHaveLength(new Set(asked).size)
    expect(asked).toContain('Kampfjets')
    expect(asked).not.toContain('2025')
    expect(asked.some((word) => word.includes('<'))).toBe(false)
  })

  it('asks for a 1,000-word text in one request', () => {
    expect(lookupBatches(wordsOf(texts.seed))).toHaveLength(1)
  })
})

describe('the words a lookup request names', () => {
  const query = (path: string) => path.slice(path.indexOf('?') + 1)

  it('reads what lookupPath asks, each word once, in NFC, trimmed', () => {
    const batch = lookupBatches(['Häuser', 'ging', 'stellt', 'heraus', 'Häuser'])[0]!
    expect(lookupWords(query(lookupPath(batch)))).toEqual({ words: batch })
    const decomposed = 'Ha\u0308user'
    expect(lookupWords(`w=${encodeURIComponent(` ${decomposed}, ging,,Häuser`)}`)).toEqual({
      words: ['Häuser', 'ging'],
    })
    // Literal commas and other parameters read the same.
    expect(lookupWords('x=1&w=Haus,Baum')).toEqual({ words: ['Haus', 'Baum'] })
  })

  it('accepts letters of any script with inner apostrophes and hyphens, up to 80 letters', () => {
    for (const word of [
      'Haus',
      'Straße',
      'Ærøskøbing',
      'ÿ',
      'Ha\u0308user',
      'ªber',
      'Ελλάδα',
      "geht's",
      'Rhein-Main',
    ])
      expect(isLookupWord(word)).toBe(true)
    for (const word of ['', '×', 'a×b', 'a÷b', '-ab', "'s", 'a b', 'a,b', '35', 'ab1'])
      expect(isLookupWord(word)).toBe(false)
    expect(isLookupWord('ä'.repeat(80))).toBe(true)
    expect(isLookupWord('ä'.repeat(81))).toBe(false)
    expect(isLookupWord(`${'a'.repeat(79)}𝔞`)).toBe(true)
  })

  it('refuses a request without words, with too many, or with something not a word', () => {
    expect(lookupWords('')).toEqual({ refused: 'no words: ask with ?w=word,word' })
    expect(lookupWords('w=,%20,')).toEqual({ refused: 'no words: ask with ?w=word,word' })
    const many = Array.from({ length: MAX_LOOKUP_WORDS + 1 }, (_, i) => `wort${i.toString(36)}`)
    expect(lookupWords(`w=${many.join(',')}`)).toEqual({
      refused: `too many words: at most ${MAX_LOOKUP_WORDS} per request`,
    })
    expect(lookupWords(`w=${encodeURIComponent('Haus,<script>alert(1)</script>')}`)).toEqual({
      refused: 'not a word: "<script>alert(1)</script>"',
    })
  })
})
