import { describe, expect, it } from 'vitest'
import { lookupExcerpt } from '@/lib/analysis/lookup'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { serverSources } from '@/lib/analysis/serverSources'
import { getDictionary } from '@/lib/dictionary/load'
import { morphTableOf } from '@/lib/morphology/format'
import { getMorphology } from '@/lib/morphology/load'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { realTexts, sampleLookups } from '../../scripts/lib/lookupSamples'

const sources = serverSources(getLexiconFromFile('en'))
const answer = lookupAnswers(sources, morphTableOf(getMorphology().index))
const before = (words: readonly string[]) =>
  JSON.stringify(lookupExcerpt(words, getDictionary().index, sources))

/** Requests from every real text; each answer is compared with the excerpt built whole. */
const SAMPLED = 60

describe('the lookup answer', () => {
  it('is byte for byte the excerpt the whole indexes give, on requests from real texts', () => {
    const samples = sampleLookups(realTexts(), SAMPLED * 40).filter((_, i) => i % 40 === 0)
    expect(samples).toHaveLength(SAMPLED)
    for (const words of samples) expect(answer(words)).toBe(before(words))
  }, 120_000)

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
