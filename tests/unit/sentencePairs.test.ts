import { describe, expect, it } from 'vitest'
import { linkOfGerman, pairSentences, sentenceAt, spanOf } from '@/lib/alignment/sentencePairs'

const de =
  'Am 15. August kam Dr. Müller nach Berlin. Er blieb drei Tage. Dann fuhr er weiter, und niemand sah ihn je wieder.'
const en =
  'On 15 August Dr Müller came to Berlin. He stayed three days. Then he travelled on. Nobody ever saw him again.'

describe('sentence pairs of a block pair', () => {
  it('keep each sentence with its offsets into the block', () => {
    const pairing = pairSentences(de, en)
    for (const sentence of pairing.de)
      expect(de.slice(sentence.start, sentence.end)).toBe(sentence.text)
    for (const sentence of pairing.en)
      expect(en.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(pairing.de.map((s) => s.text)).toEqual([
      'Am 15. August kam Dr. Müller nach Berlin.',
      'Er blieb drei Tage.',
      'Dann fuhr er weiter, und niemand sah ihn je wieder.',
    ])
  })

  it('link one German sentence to two English ones', () => {
    const { links } = pairSentences(de, en)
    expect(links.map(({ de, en }) => ({ de, en }))).toEqual([
      { de: [0], en: [0] },
      { de: [1], en: [1] },
      { de: [2], en: [2, 3] },
    ])
  })

  it('find the sentence of a word by its offset, and the link of a sentence', () => {
    const pairing = pairSentences(de, en)
    expect(sentenceAt(pairing.de, de.indexOf('Tage'))).toBe(1)
    expect(sentenceAt(pairing.de, 0)).toBe(0)
    expect(linkOfGerman(pairing, 2)).toBe(2)
    expect(spanOf(pairing.en, pairing.links[2]!.en)).toEqual({
      start: en.indexOf('Then'),
      end: en.length,
    })
    expect(spanOf(pairing.en, [])).toBeUndefined()
  })

  it('leave every German sentence alone without a translation', () => {
    const { links, en: english } = pairSentences(de, undefined)
    expect(english).toEqual([])
    expect(links.map((link) => link.en)).toEqual([[], [], []])
  })
})
