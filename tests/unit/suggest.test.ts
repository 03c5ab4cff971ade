import { describe, expect, it } from 'vitest'
import { principalPartsOf, suggestEntry } from '@/lib/dictionary/suggest'
import { entrySchema } from '@/lib/vocabulary/schema'

describe('drafting vocabulary from Ding', () => {
  it('takes principal parts from the forms Ding lists, separated ones with their particle', () => {
    expect(
      principalPartsOf('helfen', ['helfend', 'geholfen', 'hilft', 'half', 'hilfsbereit']),
    ).toEqual(['helfen', 'hilft', 'half', 'hat geholfen'])
    expect(
      principalPartsOf('aufräumen', ['aufräumend', 'aufgeräumt', 'räumt auf', 'räumte auf']),
    ).toEqual(['aufräumen', 'räumt auf', 'räumte auf', 'hat aufgeräumt'])
    expect(principalPartsOf('bekommen', ['bekommend', 'bekommt', 'bekam'])).toEqual([
      'bekommen',
      'bekommt',
      'bekam',
      'hat bekommen',
    ])
    // Nothing listed: the weak pattern, for an editor to check.
    expect(principalPartsOf('reden', [])).toEqual(['reden', 'redet', 'redete', 'hat geredet'])
  })

  it('drafts a valid noun entry with a guessed genitive, and says what to check', () => {
    const suggestion = suggestEntry(
      {
        lemma: 'Garten',
        pos: 'noun',
        entry: {
          lemma: 'Garten',
          pos: 'noun',
          gender: 'm',
          plural: 'Gärten',
          senses: ['garden; yard; backyard'],
        },
      },
      [],
    )!
    expect(suggestion.entry).toEqual({
      pos: 'noun',
      gloss: 'garden; yard',
      gender: 'm',
      genitive: 'des Gartens',
      plural: 'die Gärten',
    })
    expect(entrySchema.safeParse(suggestion.entry).success).toBe(true)
    expect(suggestion.check).toContain('genitive guessed')
  })

  it('prefers a plain sense to a construction with placeholders', () => {
    const entry = {
      lemma: 'pflanzen',
      pos: 'verb' as const,
      senses: ["to pull sb.'s leg", 'to plant'],
    }
    expect(suggestEntry({ lemma: 'pflanzen', pos: 'verb', entry }, [])!.entry.gloss).toBe(
      'to plant',
    )
  })
})
