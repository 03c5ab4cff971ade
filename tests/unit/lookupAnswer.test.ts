import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { lookupExcerpt } from '@/lib/analysis/lookup'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { serverSources } from '@/lib/analysis/serverSources'
import type { DictionaryIndex } from '@/lib/dictionary/build'
import { dictionaryOf } from '@/lib/dictionary/dictionary'
import { getDictionary } from '@/lib/dictionary/load'
import type { MorphIndex } from '@/lib/morphology/format'
import { getMorphology } from '@/lib/morphology/load'
import { morphologyOf } from '@/lib/morphology/morphology'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { realTexts, sampleLookups } from '../../scripts/lib/lookupSamples'

const curated = getLexiconFromFile('en')
const answer = lookupAnswers(serverSources(curated), {
  lemmaRank: getDictionary().rank,
  morphology: getMorphology().table,
})

// The indexes as they were committed before their shard files, and the excerpt as it was built.
const unpack = <T>(file: string) => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as T
const oldIndex = unpack<DictionaryIndex>('data/dictionary/de-en.json.gz')
const oldSources = {
  curated,
  dictionary: dictionaryOf(oldIndex),
  morphology: morphologyOf(unpack<MorphIndex>('data/morphology/de-forms.json.gz')),
}
const before = (words: readonly string[]) =>
  JSON.stringify(lookupExcerpt(words, oldIndex, oldSources))

/** Requests from every real text; each answer is compared with the excerpt built whole. */
const SAMPLED = 60
const SPACING = 40

describe('the lookup answer', () => {
  it('is byte for byte the excerpt the old whole indexes gave, on requests from real texts', () => {
    const samples = sampleLookups(realTexts(), SAMPLED * SPACING).filter(
      (_, i) => i % SPACING === 0,
    )
    expect(samples).toHaveLength(SAMPLED)
    for (const words of samples) expect(answer(words)).toBe(before(words))
  }, 300_000)

  it('answers words in the order asked, a particle verb only with its particle', () => {
    for (const words of [
      ['lud', 'Gäste', 'ein'],
      ['ein', 'lud', 'Gäste'],
      ['lud', 'Gäste'],
      ['Sie', 'stellt', 'heraus', 'das'],
      ['Gartenbank', 'geplant', 'Häuser', 'gieng', 'Daß', 'hab', 'wenns', 'drauf'],
      ['Zyxwvq'],
    ])
      expect(answer(words)).toBe(before(words))
  })
})
