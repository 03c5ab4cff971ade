import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '@/locales/en/common.json'
import de from '@/locales/de/common.json'
import { ContentError } from '@/lib/content/errors'
import {
  compareLanguages,
  danglingLexicon,
  explanationsUsingTheirLemma,
  unusedEntries,
} from '@/lib/vocabulary/check'
import { buildLexicon } from '@/lib/vocabulary/lexicon'
import { loadAnnotations } from '@/lib/vocabulary/load'
import { analyseCuratedOnly } from './curatedOnly'
import { describeMorph, describeMorphs, type MorphLabels } from '@/lib/vocabulary/morph'
import { germanNumberWords, looksLikeYear } from '@/lib/vocabulary/numbers'
import {
  buildPopupData,
  grammarLines,
  headwordOf,
  presentEntry,
  type PresentLabels,
} from '@/lib/vocabulary/present'
import type { Entry, VocabularyFile } from '@/lib/vocabulary/schema'
import {
  parseAnnotationsFile,
  parseJson,
  parseLexiconFile,
  parseVocabularyFile,
} from '@/lib/vocabulary/validate'

const labelsOf = (common: typeof en): PresentLabels => ({
  ...common.vocab,
  morph: common.vocab.morph as MorphLabels,
})
const english = labelsOf(en)
const german = labelsOf(de)

describe('describeMorph', () => {
  it('reads person and number as one phrase, whatever the order of the codes', () => {
    expect(describeMorph('3.sg.pres', english.morph)).toBe('3rd person singular, present')
    expect(describeMorph('pres.sg.3', english.morph)).toBe('3rd person singular, present')
    expect(describeMorph('3.pl.subj2', german.morph)).toBe('3. Person Plural, Konjunktiv II')
  })

  it('reads case, number and gender together when there is no person', () => {
    expect(describeMorph('gen.sg', english.morph)).toBe('genitive singular')
    expect(describeMorph('nom.sg.m', english.morph)).toBe('nominative singular masculine')
    expect(describeMorph('acc.pl.sup.decl', english.morph)).toBe(
      'accusative plural, superlative with adjective ending',
    )
  })

  it('joins alternatives with "or" in the interface language', () => {
    expect(describeMorphs(['gen.sg', 'nom.pl'], english.morph)).toBe(
      'genitive singular or nominative plural',
    )
    expect(describeMorphs(['zuinf'], german.morph)).toBe('Infinitiv mit zu')
  })
})

describe('germanNumberWords', () => {
  it.each([
    [0, 'null'],
    [1, 'eins'],
    [17, 'siebzehn'],
    [21, 'einundzwanzig'],
    [35, 'fünfunddreißig'],
    [100, 'einhundert'],
    [101, 'einhunderteins'],
    [1000, 'eintausend'],
    [2019, 'zweitausendneunzehn'],
    [101_000, 'einhunderteintausend'],
    [999_999, 'neunhundertneunundneunzigtausendneunhundertneunundneunzig'],
  ])('%i → %s', (n, words) => {
    expect(germanNumberWords(n)).toBe(words)
  })

  it('reads years before 2000 in hundreds', () => {
    expect(germanNumberWords(1989, { year: true })).toBe('neunzehnhundertneunundachtzig')
    expect(germanNumberWords(1900, { year: true })).toBe('neunzehnhundert')
    expect(germanNumberWords(2018, { year: true })).toBe('zweitausendachtzehn')
    expect(looksLikeYear('2016')).toBe(true)
    expect(looksLikeYear('35')).toBe(false)
  })

  it('refuses what it cannot read', () => {
    expect(germanNumberWords(-1)).toBeUndefined()
    expect(germanNumberWords(1.5)).toBeUndefined()
    expect(germanNumberWords(1_000_000)).toBeUndefined()
  })
})

const gipfel: Entry = {
  pos: 'noun',
  gender: 'm',
  genitive: 'des Gipfels',
  plural: 'die Gipfel',
  gloss: 'summit',
}
const zustimmen: Entry = {
  pos: 'verb',
  principalParts: ['zustimmen', 'stimmt zu', 'stimmte zu', 'hat zugestimmt'],
  separable: true,
  governs: ['dat'],
  gloss: 'to agree',
}

describe('presenting entries', () => {
  it('puts the article before a noun and lists genitive and plural', () => {
    expect(headwordOf('Gipfel', gipfel, english)).toBe('der Gipfel')
    expect(grammarLines(gipfel, english)).toEqual(['genitive: des Gipfels', 'plural: die Gipfel'])
    expect(grammarLines({ ...gipfel, plural: null }, german)).toEqual([
      'Genitiv: des Gipfels',
      'kein Plural',
    ])
  })

  it('lists principal parts, separability and case for verbs and prepositions', () => {
    expect(grammarLines(zustimmen, english)).toEqual([
      'zustimmen – stimmt zu – stimmte zu – hat zugestimmt',
      'separable',
      '+ dative',
    ])
    expect(grammarLines({ pos: 'prep', governs: ['acc', 'dat'], gloss: 'in' }, german)).toEqual([
      '+ Akkusativ oder Dativ',
    ])
    expect(
      grammarLines(
        { pos: 'verb', principalParts: ['a', 'b', 'c', 'd'], governs: ['auf+acc'], gloss: 'x' },
        english,
      ),
    ).toContain('+ auf + accusative')
  })

  it('offers the English gloss beside another language', () => {
    const germanEntry = { ...gipfel, gloss: 'Treffen der Chefs' }
    expect(presentEntry('Gipfel', germanEntry, german, gipfel)).toMatchObject({
      headword: 'der Gipfel',
      pos: 'Nomen',
      gloss: 'Treffen der Chefs',
      english: 'summit',
    })
    expect(presentEntry('Gipfel', gipfel, english).english).toBeUndefined()
  })

  it('sends each used entry once and refers to it from every word', () => {
    const vocabulary: VocabularyFile = {
      Gipfel: gipfel,
      zustimmen,
      der: { pos: 'art', gloss: 'the' },
    }
    const lexicon = buildLexicon(vocabulary, {
      forms: { stimmte: [{ lemma: 'stimmen', morph: '3.sg.pret' }] },
      phrases: [],
    })
    const matched = analyseCuratedOnly(
      [{ number: 1, spans: [{ text: 'der Gipfel, der Gipfel 2019. Er stimmte zu.' }] }],
      lexicon,
    )
    const { data, refOf } = buildPopupData(matched, lexicon, english)
    // "Er" is in no source here: its popup says so, and may be glossed under its own key.
    expect(data.entries.map((e) => e.headword)).toEqual([
      'zustimmen',
      'der',
      'der Gipfel',
      '2019',
      'Er',
    ])
    expect(data.entries[4]).toMatchObject({ gloss: '', pos: '', unread: 'Er#unread' })
    expect(data.entries[4]!.key).toBeUndefined()
    expect(data.entries[3]!.grammar).toEqual(['read: zweitausendneunzehn'])
    expect(data.morphs).toEqual(['3rd person singular, simple past'])
    expect(data.units).toEqual([{ entry: 0, kind: 'separable' }])
    const words = matched.blocks[0]!.parts.filter((p) => p.kind === 'word')
    expect(words.map((w) => refOf(w)?.entry)).toEqual([1, 2, 1, 2, 3, 4, 0, 0])
    expect(refOf(words[6]!)).toEqual({ entry: 0, morph: 0, units: [0] })
  })
})

describe('validation', () => {
  it('names the file and the position of invalid JSON', () => {
    expect(() => parseJson('{"a": 1,}', 'locales/de/vocabulary.json')).toThrow(
      /^locales\/de\/vocabulary\.json: is not valid JSON at line 1, column 9 \(/,
    )
  })

  it('names the entry and the field of a malformed entry', () => {
    const run = () =>
      parseVocabularyFile(
        {
          Gipfel: { pos: 'noun', gloss: 'summit', gender: 'm', plural: 'die Gipfel' },
          x: { pos: 'thing', gloss: '' },
        },
        'locales/en/vocabulary.json',
      )
    expect(run).toThrow(ContentError)
    expect(run).toThrow(
      'locales/en/vocabulary.json: entry "Gipfel" genitive: is required for a noun',
    )
    expect(run).toThrow(/entry "x" pos: /)
    expect(run).toThrow(/entry "x" gloss: /)
  })

  it('rejects unknown fields, bad case codes and unknown morphology features', () => {
    expect(() =>
      parseVocabularyFile({ a: { pos: 'adv', gloss: 'x', colour: 'red' } }, 'f'),
    ).toThrow(/entry "a"/)
    expect(() =>
      parseVocabularyFile({ a: { pos: 'prep', gloss: 'x', governs: ['dative'] } }, 'f'),
    ).toThrow(/case code/)
    expect(() =>
      parseLexiconFile(
        { forms: { hat: [{ lemma: 'haben', morph: '3.sg.present' }] }, phrases: [] },
        'content/lexicon.json',
      ),
    ).toThrow('content/lexicon.json: forms hat 0 morph: unknown feature "present"')
    expect(() =>
      parseAnnotationsFile(
        { senses: [{ block: 0, token: 'die', entry: 'x' }], units: [] },
        'content/t/vocabulary.json',
      ),
    ).toThrow(/content\/t\/vocabulary\.json: senses 0 block/)
  })
})

describe('vocabulary checks', () => {
  const enFile: VocabularyFile = { Gipfel: gipfel, zustimmen }
  const deFile: VocabularyFile = {
    Gipfel: { ...gipfel, plural: null, gloss: 'Treffen' },
    Deal: {
      pos: 'noun',
      gender: 'm',
      genitive: 'des Deals',
      plural: 'die Deals',
      gloss: 'Abmachung',
    },
  }

  it('finds keys missing in one language and grammar that disagrees', () => {
    expect(
      compareLanguages([
        { name: 'locales/en/vocabulary.json', vocabulary: enFile },
        { name: 'locales/de/vocabulary.json', vocabulary: deFile },
      ]),
    ).toEqual([
      'locales/de/vocabulary.json: entry "zustimmen" is missing (it is in locales/en/vocabulary.json)',
      'locales/en/vocabulary.json: entry "Deal" is missing (it is in locales/de/vocabulary.json)',
      'locales/de/vocabulary.json: entry "Gipfel" plural is null, but "die Gipfel" in locales/en/vocabulary.json',
    ])
  })

  it('finds German explanations that use their own word or one of its forms', () => {
    const lexiconFile = { forms: { stimmte: [{ lemma: 'zustimmen' }] }, phrases: [] }
    expect(
      explanationsUsingTheirLemma(
        'de',
        {
          Gipfel: { ...gipfel, gloss: 'ein Gipfel ist ein Treffen' },
          zustimmen: { ...zustimmen, gloss: 'ja sagen; er stimmte zu' },
          Deal: { ...gipfel, gloss: 'Abmachung, auch Gipfeldeal' },
        },
        lexiconFile,
      ),
    ).toEqual([
      'de: entry "Gipfel" explains itself with "Gipfel"',
      'de: entry "zustimmen" explains itself with "stimmte"',
    ])
  })

  it('finds lexicon records that point nowhere and entries no text uses', () => {
    const lexiconFile = {
      forms: { stellt: [{ lemma: 'stellen' }], hat: [{ lemma: 'haben' }] },
      phrases: [{ entry: 'es gibt', tokens: ['es', 'gibt'] }],
    }
    const lexicon = buildLexicon(
      { ...enFile, herausstellen: { ...zustimmen, gloss: 'to turn out' } },
      lexiconFile,
    )
    expect(danglingLexicon(lexiconFile, lexicon)).toEqual([
      'content/lexicon.json: form "hat" points to "haben", which has no entry',
      'content/lexicon.json: phrase "es gibt" points to "es gibt", which has no entry',
    ])
    const matched = analyseCuratedOnly([{ number: 1, spans: [{ text: 'Gipfel' }] }], lexicon)
    expect(unusedEntries(lexicon, [matched])).toEqual(['zustimmen', 'herausstellen'])
  })
})

describe('the shipped vocabulary', () => {
  it('parses in both languages with the same keys', () => {
    const files = ['en', 'de'].map((lng) => {
      const name = `locales/${lng}/vocabulary.json`
      return {
        name,
        vocabulary: parseVocabularyFile(parseJson(readFileSync(name, 'utf8'), name), name),
      }
    })
    expect(Object.keys(files[0]!.vocabulary).length).toBeGreaterThan(500)
    expect(compareLanguages(files)).toEqual([])
  })
})

describe('loadAnnotations', () => {
  it('treats a missing file as no annotations and names a malformed one', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'zk-content-'))
    try {
      mkdirSync(path.join(root, 'neu'))
      expect(loadAnnotations('neu', root)).toEqual({ senses: [], units: [] })
      writeFileSync(path.join(root, 'neu', 'vocabulary.json'), '{"senses": [], "units": [')
      expect(() => loadAnnotations('neu', root)).toThrow(
        /^content\/neu\/vocabulary\.json: is not valid JSON/,
      )
      writeFileSync(path.join(root, 'neu', 'vocabulary.json'), '{"senses": []}')
      expect(() => loadAnnotations('neu', root)).toThrow(/^content\/neu\/vocabulary\.json: units: /)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
