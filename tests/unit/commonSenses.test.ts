import { describe, expect, it } from 'vitest'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import type { Entry } from '@/lib/vocabulary/schema'

const curated = { en: getLexiconFromFile('en'), de: getLexiconFromFile('de') }

describe('common senses for context-aware matching', () => {
  const added: [string, Entry['pos']][] = [
    ['ja', 'intj'],
    ['ja#particle', 'particle'],
    ['denn#particle', 'particle'],
    ['mal', 'adv'],
    ['mal#particle', 'particle'],
    ['schon#particle', 'particle'],
    ['eben', 'adj'],
    ['eben#particle', 'particle'],
    ['halt', 'intj'],
    ['halt#particle', 'particle'],
    ['wohl', 'adv'],
    ['wohl#particle', 'particle'],
    ['nur#particle', 'particle'],
    ['etwa', 'adv'],
    ['etwa#particle', 'particle'],
    ['doch#answer', 'intj'],
    ['haben#auxiliary', 'verb'],
    ['sein#auxiliary', 'verb'],
    ['ihr#their', 'pron'],
  ]

  it.each(added)('%s is a %s in both languages', (key, pos) => {
    for (const lexicon of [curated.en, curated.de] as Lexicon[]) {
      expect(lexicon.entries.get(key)?.pos).toBe(pos)
    }
  })

  it('keeps the sense a word had by default, so no text reads differently', () => {
    const first = (lemma: string) => curated.en.keysByLemma.get(lemma)![0]
    expect(first('denn')).toBe('denn')
    expect(first('nur')).toBe('nur')
    expect(first('schon')).toBe('schon')
    expect(first('doch')).toBe('doch')
    expect(first('haben')).toBe('haben')
    expect(first('sein')).toBe('sein#be')
    expect(first('ihr')).toBe('ihr')
    expect(curated.en.entries.get('haben#auxiliary')!.principalParts).toEqual(
      curated.en.entries.get('haben')!.principalParts,
    )
    expect(curated.en.entries.get('sein#auxiliary')!.principalParts).toEqual(
      curated.en.entries.get('sein#be')!.principalParts,
    )
  })
})
