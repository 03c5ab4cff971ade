import { describe, expect, it } from 'vitest'
import { isCurrentLookup, lookupsOf, type LookupExcerpt } from '@/lib/analysis/lookup'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { serverIndexes, serverSources } from '@/lib/analysis/serverSources'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

const answer = lookupAnswers(serverSources(getLexiconFromFile('en')), serverIndexes())
const parsed = (words: readonly string[]) => JSON.parse(answer(words)) as LookupExcerpt

describe('the lookup answer', () => {
  it('sends a particle verb only where the request names its particle', () => {
    const withParticle = lookupsOf([parsed(['lud', 'Gäste', 'ein'])]).dictionary
    expect(withParticle.entries('einladen').length).toBeGreaterThan(0)
    const without = lookupsOf([parsed(['lud', 'Gäste'])]).dictionary
    expect(without.entries('einladen')).toEqual([])
    expect(without.entries('Gast').length).toBeGreaterThan(0)
  })

  it('answers the same parts, whatever the order asked', () => {
    const contents = (words: readonly string[]) => {
      const part = parsed(words)
      const sorted = (list: unknown[]) => list.map((item) => JSON.stringify(item)).sort()
      const { lexemes, features } = part.morphology
      return {
        entries: sorted(part.entries),
        glossed: sorted(part.glossed),
        forms: part.forms,
        // Lexemes and feature sets are numbered as they come: compare what a form reads.
        readings: Object.fromEntries(
          Object.entries(part.morphology.forms).map(([form, pairs]) => [
            form,
            pairs.map((n, i) => JSON.stringify(i % 2 ? features[n] : [lexemes[n >> 1], n & 1])),
          ]),
        ),
      }
    }
    expect(contents(['Baum', 'Äpfel', 'Haus', 'Zug'])).toEqual(
      contents(['Zug', 'Haus', 'Äpfel', 'Baum']),
    )
  })

  it('sends a headword whole where a reading borrows its senses, else glossed as curated', () => {
    // "Haus" is in the curated vocabulary: alone, Ding's entry only glosses it as a part.
    const alone = parsed(['Haus'])
    expect(alone.glossed.map(([lemma]) => lemma)).toContain('Haus')
    expect(alone.entries.map(([lemma]) => lemma)).not.toContain('Haus')
    // Merged with an answer that sent it whole, the whole entry wins.
    const whole: LookupExcerpt = {
      ...alone,
      glossed: [],
      entries: [['Haus', 'noun', 'n', 'Häuser', ['house', 'home']]],
    }
    const merged = lookupsOf([alone, whole]).dictionary.entries('Haus')
    expect(merged.map((entry) => entry.senses)).toEqual([['house', 'home']])
  })

  it('is of the current format', () => {
    expect(isCurrentLookup(parsed(['Haus']))).toBe(true)
    expect(isCurrentLookup({ entries: [], forms: {} })).toBe(false)
  })

  it('answers a word no source knows with empty parts', () => {
    const part = parsed(['Zyxwvq'])
    expect(part.forms).toEqual({})
    expect(part.morphology.forms).toEqual({})
  })
})
