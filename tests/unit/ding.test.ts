import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { buildIndex } from '@/lib/dictionary/build'
import { glossesOf, parseDingLine, readVerbForm, splitOutside } from '@/lib/dictionary/ding'
import type { WordFrequency } from '@/lib/dictionary/rankSenses'

/** No English word known: senses keep Ding's order, but for the length of their lines. */
const unknownWords: WordFrequency = () => 0

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
      {
        lemma: 'Haus',
        pos: 'noun',
        gender: 'n',
        plural: 'Häuser',
        rank: 0,
        sense: { glosses: ['house'], labels: [], size: 3 },
      },
      {
        lemma: 'Reihenhaus',
        pos: 'noun',
        gender: 'n',
        plural: 'Reihenhäuser',
        rank: 20,
        sense: { glosses: ['terraced house'], labels: [], size: 1 },
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
      {
        lemma: 'herausstellen',
        pos: 'verb',
        rank: 0,
        sense: { glosses: ['to turn out'], labels: [], size: 2 },
      },
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

  it('keeps glosses clean with the labels that end them, and skips comments, phrases and broken lines', () => {
    expect(glossesOf('to go {went; gone}; to walk [Br.]; to go')).toEqual([
      'to go',
      'to walk [Br.]',
    ])
    expect(glossesOf('to ring up <> sb. [Br.]; chug [Am.] [coll.]')).toEqual([
      'to ring up sb. [Br.]',
      'chug [Am.] [coll.]',
    ])
    expect(glossesOf('diversion behaviour [Br.]/behavior [Am.]; bench (in a public area)')).toEqual(
      ['diversion behaviour/behavior', 'bench'],
    )
    expect(parseDingLine('# Version :: devel').headwords).toEqual([])
    expect(parseDingLine('no separator here').headwords).toEqual([])
    expect(parseDingLine('a | b :: only one').headwords).toEqual([])
  })

  it('reads a noun after a possessor ("jds. Alter") as the noun, glossed without it', () => {
    expect(parseDingLine('jds. Alter {n} :: sb.’s age').headwords).toEqual([
      {
        lemma: 'Alter',
        pos: 'noun',
        gender: 'n',
        rank: 0,
        sense: { glosses: ['age'], labels: [], size: 1 },
      },
    ])
  })
})

describe('the labels of a headword', () => {
  const labelsOf = (line: string) =>
    Object.fromEntries(parseDingLine(line).headwords.map((h) => [h.lemma, h.sense.labels]))

  it('takes a field after the last synonym for all, a region or register for its synonym', () => {
    expect(labelsOf('Gericht {n}; Gerichtshof {m} [jur.] :: law court; court')).toEqual({
      Gericht: ['jur.'],
      Gerichtshof: ['jur.'],
    })
    expect(labelsOf('Gericht {n}; Schmaus {m} [veraltend] :: viand [archaic]')).toEqual({
      Gericht: [],
      Schmaus: ['veraltend'],
    })
    expect(
      labelsOf(
        'jdn. anrufen; jdn. anläuten [Westös.] {vt}; anklingeln [ugs.] {vt} [telco.] :: to telephone sb.',
      ),
    ).toEqual({
      anrufen: ['telco.'],
      anläuten: ['Westös.', 'telco.'],
      anklingeln: ['ugs.', 'telco.'],
    })
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
    const index = buildIndex(text, unknownWords)
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
      unknownWords,
    )
    expect(index.entries.find((entry) => entry[0] === 'helfen')![4]).toEqual([
      'to help',
      'aid',
      'to lend sb. a hand',
    ])
  })

  it('ranks senses: common English words, long lines, no restricting label, Ding’s order on ties', () => {
    const counts: Record<string, number> = { court: 30_000, law: 20_000, dish: 3_000, food: 20_000 }
    const frequency: WordFrequency = (word) => counts[word] ?? 0
    const lines = [
      'Gericht {n}; Gerichtshof {m} [jur.] :: law court; court',
      'Gericht {n}; Schmaus {m} [veraltend] :: viand [archaic]',
      'Speise {f}; Gericht {n} [cook.] | Tellergericht {n} | Gericht auf der Speisekarte :: dish; item of food | one-course meal | menu item',
    ]
    const senses = (text: string, words: WordFrequency) =>
      buildIndex(text, words).entries.find((entry) => entry[0] === 'Gericht')![4]
    // Court is ten times commoner than dish, less a step for its field; the dish line names
    // Gericht twice more ("Tellergericht"); viand is rare and archaic.
    expect(senses(lines.join('\n'), frequency)).toEqual([
      'dish; item of food',
      '[jur.] law court; court',
      'viand [archaic]',
    ])
    // Without the counts, the length of its line still puts the dish first; the other two,
    // each paying for a label, keep Ding's order.
    expect(senses(lines.join('\n'), unknownWords)).toEqual([
      'dish; item of food',
      '[jur.] law court; court',
      'viand [archaic]',
    ])
    expect(senses(lines.slice(0, 2).join('\n'), frequency)[0]).toBe('[jur.] law court; court')
  })

  it('is deterministic: same input, same bytes; headword order does not depend on line order', () => {
    const bytes = () => gzipSync(JSON.stringify(buildIndex(text, unknownWords)), { level: 9 })
    expect(bytes().equals(bytes())).toBe(true)
    const shuffled = text.split('\n').reverse().join('\n')
    expect(buildIndex(shuffled, unknownWords).entries.map((entry) => entry[0])).toEqual(
      buildIndex(text, unknownWords).entries.map((entry) => entry[0]),
    )
  })
})
