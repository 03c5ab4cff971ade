import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { buildIndex } from '@/lib/dictionary/build'
import { glossesOf, parseDingLine, readVerbForm, splitOutside } from '@/lib/dictionary/ding'

describe("reading Ding's list", () => {
  it('splits outside brackets only', () => {
    expect(splitOutside('nach {prp; +Dat.}; zu (örtlich) [geogr.]', ';')).toEqual([
      'nach {prp; +Dat.}',
      'zu (örtlich) [geogr.]',
    ])
  })

  it('reads nouns with gender and plural, aligned synonym by synonym', () => {
    const line = parseDingLine(
      'Haus {n} | Häuser {pl} | Reihenhaus {n} |  Reihenhäuser {pl} | ein Haus bauen :: house | houses | terraced house | terraced houses | to build a house',
    )
    expect(line.headwords).toEqual([
      { lemma: 'Haus', pos: 'noun', gender: 'n', plural: 'Häuser', rank: 0, senses: ['house'] },
      {
        lemma: 'Reihenhaus',
        pos: 'noun',
        gender: 'n',
        plural: 'Reihenhäuser',
        rank: 20,
        senses: ['terraced house'],
      },
    ])
    expect(line.forms).toEqual([
      ['Häuser', 'Haus'],
      ['Reihenhäuser', 'Reihenhaus'],
    ])
  })

  it('reads verb forms, separated ones with their particle, and drops sich', () => {
    const line = parseDingLine(
      'sich herausstellen {vr} | sich herausstellend | sich herausgestellt | es stellt sich heraus | es stellte sich heraus :: to turn out | turning out | turned out | it turns out | it turned out',
    )
    expect(line.headwords).toEqual([
      { lemma: 'herausstellen', pos: 'verb', rank: 0, senses: ['to turn out'] },
    ])
    expect(line.forms).toEqual([
      ['herausstellend', 'herausstellen'],
      ['herausgestellt', 'herausstellen'],
      ['stellt heraus', 'herausstellen'],
      ['stellte heraus', 'herausstellen'],
    ])
    expect(readVerbForm('er/sie ist/war gegangen')).toEqual({ form: 'gegangen' })
    expect(readVerbForm('Gehen wir!')).toBeUndefined()
  })

  it('keeps glosses short and clean, and skips comments, phrases and broken lines', () => {
    expect(glossesOf('to go {went; gone}; to walk [Br.]; to go')).toBe('to go; to walk')
    expect(parseDingLine('# Version :: devel').headwords).toEqual([])
    expect(parseDingLine('no separator here').headwords).toEqual([])
    expect(parseDingLine('a | b :: only one').headwords).toEqual([])
    expect(parseDingLine('jds. Haus {n} :: sb.’s house').headwords).toEqual([])
  })
})

describe('the index', () => {
  const text = [
    '# Version :: devel 2023-01-30',
    'Gipfel {m} | Gipfel {pl} :: summit | summits',
    'Gipfel {m}; Spitze {f} | Gipfel {pl}; Spitzen {pl} :: top | tops',
    'gehen {vi} | gehend | er/sie geht | ich/er/sie ging :: to go | going | he/she goes | I/he/she went',
    'Aal {m} | Aale {pl} :: eel | eels',
  ].join('\n')

  it('merges the lines of a headword into senses, sorted, forms pointing to lemmas', () => {
    const index = buildIndex(text)
    expect(index.entries).toEqual([
      ['Aal', 'noun', 'm', 'Aale', ['eel']],
      ['Gipfel', 'noun', 'm', 'Gipfel', ['summit', 'top']],
      ['Spitze', 'noun', 'f', 'Spitzen', ['top']],
      ['gehen', 'verb', '', '', ['to go']],
    ])
    expect(index.forms).toEqual({
      Aale: ['Aal'],
      Spitzen: ['Spitze'],
      gehend: ['gehen'],
      geht: ['gehen'],
      ging: ['gehen'],
    })
    expect(index.source).toContain('devel 2023-01-30')
    expect(index.licence).toBe('GPL-2.0-or-later')
  })

  it('orders senses by where the headword stands: a plain entry before a construction', () => {
    const index = buildIndex(
      [
        'jdm. helfen {vi} :: to lend sb. a hand',
        'Rat {m}; helfen {vi} :: aid',
        'helfen {vi} :: to help',
      ].join('\n'),
    )
    expect(index.entries.find((entry) => entry[0] === 'helfen')![4]).toEqual([
      'to help',
      'aid',
      'to lend sb. a hand',
    ])
  })

  it('is deterministic: same input, same bytes; headword order does not depend on line order', () => {
    const bytes = () => gzipSync(JSON.stringify(buildIndex(text)), { level: 9 })
    expect(bytes().equals(bytes())).toBe(true)
    const shuffled = text.split('\n').reverse().join('\n')
    expect(buildIndex(shuffled).entries.map((entry) => entry[0])).toEqual(
      buildIndex(text).entries.map((entry) => entry[0]),
    )
  })
})
