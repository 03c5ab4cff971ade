import { describe, expect, it } from 'vitest'
import type { LookupExcerpt } from '@/lib/analysis/lookup'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { serverSources } from '@/lib/analysis/serverSources'
import { dictionaryOf } from '@/lib/dictionary/dictionary'
import { getDictionary } from '@/lib/dictionary/load'
import { getMorphology } from '@/lib/morphology/load'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

const answer = lookupAnswers(serverSources(getLexiconFromFile('en')), {
  lemmaRank: getDictionary().rank,
  morphology: getMorphology().table,
})
const parsed = (words: readonly string[]) => JSON.parse(answer(words)) as LookupExcerpt

describe('the lookup answer', () => {
  it('sends a particle verb only where the request names its particle', () => {
    const withParticle = dictionaryOf(parsed(['lud', 'Gäste', 'ein']))
    expect(withParticle.entries('einladen').length).toBeGreaterThan(0)
    const without = dictionaryOf(parsed(['lud', 'Gäste']))
    expect(without.entries('einladen')).toEqual([])
    expect(without.entries('Gast').length).toBeGreaterThan(0)
  })

  it('lists headwords sorted as the index sorts them, whatever the order asked', () => {
    const lemmas = parsed(['Zug', 'Haus', 'Äpfel', 'Baum']).entries.map((entry) => entry[0])
    expect(lemmas).toEqual([...lemmas].sort())
    expect(parsed(['Baum', 'Äpfel', 'Haus', 'Zug']).entries).toEqual(
      parsed(['Zug', 'Haus', 'Äpfel', 'Baum']).entries,
    )
  })

  it('answers a word no source knows with empty parts', () => {
    const part = parsed(['Zyxwvq'])
    expect(part.forms).toEqual({})
    expect(part.morphology.forms).toEqual({})
  })
})
