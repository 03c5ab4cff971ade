import { describe, expect, it } from 'vitest'
import { getMorphology } from '@/lib/morphology/load'
import type { Morphology } from '@/lib/morphology/morphology'
import { describeSpelling, modernSpellings } from '@/lib/morphology/spelling'
import { elisionVariants } from '@/lib/morphology/elision'

const { morphology } = getMorphology()
const modern = (form: string) => modernSpellings(form, morphology).map((s) => s.form)

describe('old and Swiss spellings, by rule, against the lexicon', () => {
  it.each([
    ['daß', 'dass'],
    ['muß', 'muss'],
    ['wußte', 'wusste'],
    ['Fluß', 'Fluss'],
    ['mißachten', 'missachten'],
    ['Theil', 'Teil'],
    ['Rath', 'Rat'],
    ['Thür', 'Tür'],
    ['thun', 'tun'],
    ['seyn', 'sein'],
    ['gieng', 'ging'],
    ['fieng', 'fing'],
    ['giebt', 'gibt'],
    ['Ergebniß', 'Ergebnis'],
    ['Kürbiß', 'Kürbis'],
    ['Prozeß', 'Prozess'],
    ['Cultur', 'Kultur'],
    ['Strasse', 'Straße'],
    ['Fuss', 'Fuß'],
    ['heisst', 'heißt'],
    ['sämmtlich', 'sämtlich'],
    ['todt', 'tot'],
    ['Waare', 'Ware'],
  ])('%s → %s', (old, today) => {
    expect(modern(old)[0]).toBe(today)
  })

  it('combines changes and says which rules made them', () => {
    const lexicon: Pick<Morphology, 'readings'> = {
      readings: (form) =>
        ['Türschloss', 'Türschloß'].includes(form) ? [{ lemma: form, pos: 'noun', morph: [] }] : [],
    }
    // Fewest changes first: the ß between vowels of no word is left alone.
    expect(modernSpellings('Thürschloß', lexicon)).toEqual([
      { form: 'Türschloß', kind: 'old', rules: ['th→t'] },
      { form: 'Türschloss', kind: 'old', rules: ['th→t', 'ß→ss'] },
    ])
    expect(describeSpelling(modernSpellings('daß', morphology)[0]!)).toBe('old spelling of dass')
    expect(describeSpelling(modernSpellings('Strasse', morphology)[0]!)).toBe(
      'Swiss spelling of Straße',
    )
  })

  it('returns real words only, and leaves a long vowel’s ß alone', () => {
    expect(modern('Gipfel')).toEqual([])
    expect(modern('Fuß')).toEqual([])
    // Between vowels ß was never old spelling: no Masse for Maße.
    expect(modern('Maße')).toEqual([])
    expect(modern('Xyzß')).toEqual([])
  })

  it('does not mix old and Swiss rules in one word', () => {
    const lexicon: Pick<Morphology, 'readings'> = {
      readings: (form) => (form === 'Teiß' ? [{ lemma: form, pos: 'noun', morph: [] }] : []),
    }
    expect(modernSpellings('Theiss', lexicon)).toEqual([])
  })
})

describe('spoken forms as written', () => {
  it('offers the word a clipped e, an enclitic s or a shortened da(r)- stands for', () => {
    expect(elisionVariants('wär')).toContain('wäre')
    expect(elisionVariants('wenns')).toContain('wenn')
    expect(elisionVariants('drauf')).toContain('darauf')
    // A capitalised word is no clipped noun: Fritz is not Fritze.
    expect(elisionVariants('Fritz')).toEqual([])
  })
})
