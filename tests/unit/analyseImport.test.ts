import { describe, expect, it } from 'vitest'
import { analyseText } from '@/lib/analysis/engine'
import { serverSources } from '@/lib/analysis/serverSources'
import { isDictionaryKey } from '@/lib/analysis/draft'
import { splitImportBlocks } from '@/lib/import/blocks'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

const curated = getLexiconFromFile('en')

function analyse(text: string) {
  const blocks = splitImportBlocks(text).map((block, i) => ({
    number: i + 1,
    spans: [{ text: block.text }],
  }))
  const result = analyseText(blocks, serverSources(curated))
  const words = result.matched.blocks.flatMap((b) => b.parts.filter((p) => p.kind === 'word'))
  const entryOf = (form: string) => words.find((w) => w.text === form)?.entry
  return { ...result, entryOf }
}

describe('analysing an imported text', () => {
  it('takes curated entries first and Ding for the rest, marked as the dictionary’s', () => {
    // Imker, schleudert and Honig have no curated entry (checked), Gipfel has one.
    for (const lemma of ['Imker', 'schleudern', 'Honig'])
      expect(curated.keysByLemma.has(lemma)).toBe(false)
    const { entryOf, lexicon, unknown, matched } = analyse(
      'Der Imker schleudert im Sommer Honig. Der Gipfel war historisch.',
    )
    expect(entryOf('Gipfel')).toBe('Gipfel')
    expect(entryOf('Honig')).toBe('Honig#ding-noun')
    expect(entryOf('schleudert')).toBe('schleudern#ding-verb')
    expect(isDictionaryKey(entryOf('Imker')!)).toBe(true)
    expect(lexicon.entries.get('Honig#ding-noun')).toMatchObject({ pos: 'noun', gender: 'm' })
    expect(lexicon.entries.get('Honig#ding-noun')!.gloss).toMatch(/honey/)
    expect(unknown).toBe(0)
    expect(matched.uncovered).toEqual([])
  })

  it('glosses compounds by their parts, and counts words nobody knows', () => {
    const { entryOf, lexicon, unknown } = analyse('Die Gartenbankreparatur dauerte xqzlwort.')
    const key = entryOf('Gartenbankreparatur')!
    expect(key).toBe('Gartenbankreparatur#ding-noun')
    expect(lexicon.entries.get(key)!.compound!.map((p) => p.part)).toEqual([
      'Gartenbank',
      'reparatur',
    ])
    expect(unknown).toBe(1)
  })

  it('finds separable verbs Ding knows when no curated entry has them', () => {
    const { entryOf, matched } = analyse('Am Abend räumen wir die Gartengeräte auf.')
    expect(entryOf('räumen')).toBe('aufräumen#ding-verb')
    expect(entryOf('auf')).toBe('aufräumen#ding-verb')
    expect(matched.units).toEqual([
      { id: 0, block: 1, kind: 'separable', entry: 'aufräumen#ding-verb', words: [2, 6] },
    ])
  })
})

describe('names', () => {
  it('reads a capitalised word no source knows as a name, glossed by itself', () => {
    const { entryOf, lexicon, unknown } = analyse('Dann kam Xqzlmann. THEODOR: Ja, die FDP.')
    expect(entryOf('Xqzlmann')).toBe('Xqzlmann#name')
    expect(lexicon.entries.get('Xqzlmann#name')).toEqual({ pos: 'propn', gloss: 'Xqzlmann' })
    // A speaker's name in capitals is written as in running text; an acronym stays.
    expect(entryOf('THEODOR')).toBe('Theodor#name')
    expect(entryOf('FDP')).toBe('FDP#name')
    expect(unknown).toBe(0)
  })
})

describe('separable verbs in coordinated clauses', () => {
  it('gives a final particle to the verb after the last "und", else to the clause’s verb', () => {
    const bees = analyse('Die Bienen fliegen über die Wiese und räumen ihren Stock auf.')
    expect(bees.entryOf('fliegen')).toBe('fliegen#ding-verb')
    expect(bees.entryOf('räumen')).toBe('aufräumen#ding-verb')
    expect(bees.entryOf('auf')).toBe('aufräumen#ding-verb')
    const shopping = analyse('Er kauft Brot und Milch ein.')
    expect(shopping.entryOf('kauft')).toBe(shopping.entryOf('ein'))
    expect(shopping.entryOf('ein')).toMatch(/^einkaufen/u)
  })
})
