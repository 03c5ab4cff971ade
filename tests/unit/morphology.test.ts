import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { LookupExcerpt } from '@/lib/analysis/lookup'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { serverIndexes, serverSources } from '@/lib/analysis/serverSources'
import { excerptIndex } from '@/lib/morphology/format'
import { getMorphology } from '@/lib/morphology/load'
import { morphologyOf, type FormReading } from '@/lib/morphology/morphology'
import { unknownMorphFeatures } from '@/lib/vocabulary/morph'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

// The committed index, opened once (its shards are decoded as forms are asked for).
const { morphology } = getMorphology()

/** The readings of a form as "lemma code" strings, "+particle" for a separated one. */
function lemmas(form: string, pos = 'verb'): string[] {
  return morphology
    .readings(form)
    .filter((reading) => reading.pos === pos)
    .map((reading) => reading.lemma + (reading.separated ? `+${reading.particle}` : ''))
}

function reading(form: string, lemma: string, separated = false): FormReading | undefined {
  return morphology
    .readings(form)
    .find((r) => r.lemma === lemma && Boolean(r.separated) === separated)
}

describe('strong and irregular verbs', () => {
  it('reads gehen, denken, fallen, gefallen and zerbrechen', () => {
    expect(reading('ging', 'gehen')?.morph).toEqual(['1.sg.pret', '3.sg.pret'])
    expect(reading('ginge', 'gehen')?.morph).toEqual(['1.sg.subj2', '3.sg.subj2'])
    expect(reading('gegangen', 'gehen')?.morph).toEqual(['pp'])
    expect(reading('dachte', 'denken')?.morph).toContain('3.sg.pret')
    expect(reading('fielen', 'fallen')?.morph).toContain('3.pl.pret')
    expect(reading('gefiel', 'gefallen')?.morph).toContain('3.sg.pret')
    expect(reading('zerbrach', 'zerbrechen')?.morph).toContain('3.sg.pret')
  })
})

describe('separable and inseparable prefixes (the source lists all as separable)', () => {
  it('reads übernehmen and untersuchen as inseparable only', () => {
    expect(lemmas('übernahm')).toEqual(['übernehmen'])
    expect(reading('übernahm', 'übernehmen')).toMatchObject({ morph: ['1.sg.pret', '3.sg.pret'] })
    expect(reading('übernahm', 'übernehmen')?.particle).toBeUndefined()
    expect(lemmas('übernommen')).toEqual(['übernehmen'])
    expect(lemmas('untersuchte')).toEqual(['untersuchen'])
    expect(reading('suchte', 'untersuchen', true)).toBeUndefined()
  })

  it('reads übersetzen both ways: übersetzte, and setzte … über, übergesetzt', () => {
    const translate = morphology
      .readings('übersetzte')
      .filter((r) => r.lemma === 'übersetzen' && !r.particle)
    expect(translate.map((r) => r.morph)).toEqual([
      ['1.sg.pret', '1.sg.subj2', '3.sg.pret', '3.sg.subj2'],
    ])
    expect(reading('setzte', 'übersetzen', true)).toMatchObject({ particle: 'über' })
    expect(reading('übergesetzt', 'übersetzen')).toMatchObject({ particle: 'über', morph: ['pp'] })
    expect(lemmas('überzusetzen')).toEqual(['übersetzen'])
  })

  it('reads unterhalten, umfahren and wiederholen as Ding shows them', () => {
    expect(lemmas('unterhielten')).toEqual(['unterhalten'])
    expect(reading('umfuhr', 'umfahren')?.particle).toBeUndefined()
    expect(reading('umgefahren', 'umfahren')).toMatchObject({ particle: 'um' })
    expect(reading('wiederholte', 'wiederholen')).toBeDefined()
    expect(reading('holte', 'wiederholen', true)).toMatchObject({ particle: 'wieder' })
  })

  it('builds heraus-/herein- verbs the source splits wrongly or lacks', () => {
    expect(reading('holte', 'herausholen', true)).toMatchObject({
      particle: 'heraus',
      morph: ['1.sg.pret', '1.sg.subj2', '3.sg.pret', '3.sg.subj2'],
    })
    expect(lemmas('herausgeholt')).toEqual(['herausholen'])
    expect(reading('kam', 'hereinkommen', true)).toMatchObject({ particle: 'herein' })
    expect(lemmas('aushielt')).toEqual(['aushalten'])
    expect(reading('hielt', 'heraushalten', true)).toMatchObject({ particle: 'heraus' })
  })

  it('reads einladen: lud … ein, einlud, einzuladen, eingeladen; and laden', () => {
    expect(lemmas('lud')).toContain('einladen+ein')
    expect(lemmas('lud')).toContain('laden')
    expect(reading('einlud', 'einladen')?.morph).toEqual(['1.sg.pret', '3.sg.pret'])
    expect(reading('einzuladen', 'einladen')?.morph).toEqual(['zuinf'])
    expect(reading('eingeladen', 'einladen')?.morph).toEqual(['pp'])
    expect(reading('lade', 'einladen', true)?.morph).toContain('2.sg.imp')
  })

  it('splits separable verbs the source leaves whole (stattfinden, feststellen)', () => {
    expect(reading('fand', 'stattfinden', true)).toMatchObject({ particle: 'statt' })
    expect(reading('stellte', 'feststellen', true)).toMatchObject({ particle: 'fest' })
  })
})

describe('nouns, adjectives and small words', () => {
  it('reads dative plurals and genders', () => {
    expect(morphology.readings('Fingern')).toEqual([
      { lemma: 'Finger', pos: 'noun', gender: 'm', morph: ['dat.pl'] },
    ])
    // The source has das Wagen (the nominalised verb); Ding has der Wagen.
    expect(morphology.readings('Wagen').map((r) => r.gender)).toEqual(['m'])
  })

  it('reads declension and comparison', () => {
    expect(reading('schöne', 'schön')?.morph).toContain('nom.sg.f.decl')
    expect(reading('schöner', 'schön')?.morph).toContain('comp')
    expect(reading('schönsten', 'schön')?.morph).toContain('dat.sg.m.sup.decl')
    expect(reading('besser', 'gut')?.morph).toContain('comp')
    expect(reading('größten', 'groß')?.morph).toContain('gen.pl.sup.decl')
    expect(reading('kürzere', 'kurz')?.morph).toContain('nom.sg.f.comp.decl')
  })

  it('knows uninflected words, in modern spelling only', () => {
    expect(morphology.readings('dass')).toEqual([{ lemma: 'dass', pos: 'conj', morph: [] }])
    expect(lemmas('muss')).toContain('müssen')
    expect(lemmas('wusste')).toEqual(['wissen'])
    expect(lemmas('Fluss', 'noun')).toEqual(['Fluss'])
    for (const old of ['daß', 'muß', 'wußte', 'Fluß', 'mißachten'])
      expect(lemmas(old, 'verb')).toEqual([])
    expect(morphology.readings('daß')).toEqual([])
    // A long vowel keeps its ß.
    expect(lemmas('aß')).toContain('essen')
    expect(new Set(lemmas('Fuß', 'noun'))).toEqual(new Set(['Fuß']))
  })

  it('is case-sensitive', () => {
    expect(lemmas('Essen', 'noun')).toEqual(['Essen'])
    expect(lemmas('Essen', 'verb')).toEqual([])
    expect(lemmas('essen', 'verb')).toContain('essen')
  })

  it('uses only the morph codes the app knows', () => {
    const unknown = getMorphology().index.features.flatMap((set) =>
      set ? set.split(' ').flatMap(unknownMorphFeatures) : [],
    )
    expect(unknown).toEqual([])
  })
})

describe("the lookup route's part of the lexicon, for the browser", () => {
  const text = readFileSync('content/alaska-gipfel/de.md', 'utf8')
  const words = text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []
  const answer = lookupAnswers(serverSources(getLexiconFromFile('en')), serverIndexes())
  const excerpt = (forms: readonly string[]) =>
    (JSON.parse(answer([...new Set(forms)])) as LookupExcerpt).morphology

  it('answers a text as the whole index does, after a JSON round trip', () => {
    const part = excerpt(words)
    const browser = morphologyOf(excerptIndex(part))
    const present = new Set(words.flatMap((word) => [word, word.toLowerCase()]))
    for (const word of present) {
      // A separated reading needs its particle in the text; every other reading is there.
      const expected = morphology
        .readings(word)
        .filter((r) => !r.separated || present.has(r.particle!))
      expect(browser.readings(word), word).toEqual(expected)
    }
    expect(part.licence).toBe(getMorphology().table.licence)
  })

  it('stays small: under 16 KB gzip for a 1,000-word article', () => {
    expect(words.length).toBeGreaterThan(1000)
    const bytes = gzipSync(JSON.stringify(excerpt(words)), { level: 9 }).length
    expect(bytes).toBeLessThan(16 * 1024)
  })

  it('carries the modern spellings an old text needs', () => {
    const part = morphologyOf(excerptIndex(excerpt(['Daß', 'er', 'gieng'])))
    expect(part.readings('dass')).toHaveLength(1)
    expect(part.readings('ging').map((r) => r.lemma)).toContain('gehen')
    expect(part.readings('Daß')).toEqual([])
  })

  it('keeps a separated reading only where the text has its particle', () => {
    const withParticle = morphologyOf(excerptIndex(excerpt(['Sie', 'lud', 'ihn', 'ein'])))
    expect(withParticle.readings('lud').map((r) => r.lemma)).toEqual(['einladen', 'laden'])
    const without = morphologyOf(excerptIndex(excerpt(['Sie', 'lud', 'Gäste'])))
    expect(without.readings('lud').map((r) => r.lemma)).toEqual(['laden'])
  })
})
