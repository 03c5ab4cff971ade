import { describe, expect, it } from 'vitest'
import { analyseText } from '@/lib/analysis/engine'
import { serverSources } from '@/lib/analysis/serverSources'
import { pronominalSenses } from '@/lib/dictionary/pronominalAdverbs'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import type { WordToken } from '@/lib/vocabulary/match'

describe('glosses a rule derives from the word’s parts', () => {
  it('are glossed by their preposition with "it" or "which"', () => {
    expect(pronominalSenses('darüber')).toEqual(['over it', 'about it', 'above it'])
    expect(pronominalSenses('dagegen')).toEqual(['against it'])
    expect(pronominalSenses('womit')).toEqual(['with which'])
    expect(pronominalSenses('worauf')).toEqual(['on which', 'onto which'])
  })

  it('take an -r- exactly before a vowel, and other da- words are none', () => {
    expect(pronominalSenses('daauf')).toEqual([])
    expect(pronominalSenses('darmit')).toEqual([])
    expect(pronominalSenses('damals')).toEqual([])
    expect(pronominalSenses('Darm')).toEqual([])
  })

  it('show those senses first in a popup drafted from Ding', () => {
    const sources = serverSources(getLexiconFromFile('en'))
    const text = 'Wir haben lange darüber gesprochen, wobei niemand lachte.'
    const { matched, lexicon } = analyseText([{ number: 1, spans: [{ text }] }], sources)
    const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
    const glossOf = (form: string) =>
      lexicon.entries.get(words.find((word) => word.text === form)!.entry!)?.gloss
    expect(glossOf('darüber')).toMatch(/^over it; about it/)
    expect(glossOf('wobei')).toMatch(/^with which/)
  })

  it('negate the last part of a word hyphenated with nicht-', () => {
    const sources = serverSources(getLexiconFromFile('en'))
    const text = 'Es gab eine nicht-öffentliche Sitzung.'
    const { matched, lexicon } = analyseText([{ number: 1, spans: [{ text }] }], sources)
    const word = matched.blocks[0]!.parts.find(
      (part): part is WordToken => part.kind === 'word' && part.text === 'nicht-öffentliche',
    )!
    expect(lexicon.entries.get(word.entry!)?.gloss).toMatch(/^non-public/)
  })
})

describe('a capitalised adverb inside a sentence', () => {
  it('is the adverb its lowercase form is, not a name (des Nachts)', () => {
    const sources = serverSources(getLexiconFromFile('en'))
    const text = 'Er schlief des Nachts schlecht und fuhr mit Anna nach Wien.'
    const { matched, lexicon } = analyseText([{ number: 1, spans: [{ text }] }], sources)
    const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
    const entryOf = (form: string) =>
      lexicon.entries.get(words.find((word) => word.text === form)!.entry!)
    expect(entryOf('Nachts')).toMatchObject({ pos: 'adv', gloss: expect.stringMatching(/night/) })
    // A name stays a name.
    expect(entryOf('Anna')?.pos).toBe('propn')
  })
})

describe('a declined adjective Ding has as a headword of its own', () => {
  it('shows that headword’s senses first (einige: "some", before einig: "united")', () => {
    const sources = serverSources(getLexiconFromFile('en'))
    const text = 'Nur wenige Gäste kamen, obwohl einige eingeladen waren.'
    const { matched, lexicon } = analyseText([{ number: 1, spans: [{ text }] }], sources)
    const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
    const glossOf = (form: string) =>
      lexicon.entries.get(words.find((word) => word.text === form)!.entry!)?.gloss
    expect(glossOf('wenige')).toMatch(/^few/u)
    expect(glossOf('einige')).toMatch(/^some/u)
  })
})
