import { describe, expect, it } from 'vitest'
import { analyseText } from '@/lib/analysis/engine'
import { serverSources } from '@/lib/analysis/serverSources'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import type { WordToken } from '@/lib/vocabulary/match'

const sources = serverSources(getLexiconFromFile('en'))

/** The lemma each word of a one-block text is read as, and its separable unit's lemma. */
function read(text: string) {
  const { matched } = analyseText([{ number: 1, spans: [{ text }] }], sources)
  const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
  const nth = (form: string, n = 1) => words.filter((word) => word.text === form)[n - 1]!
  const lemma = (form: string, n = 1) => {
    const entry = nth(form, n).entry
    return entry === undefined ? undefined : lemmaOfKey(entry)
  }
  const unit = (form: string) =>
    nth(form)
      .units.map((id) => matched.units[id]!)
      .find((found) => found.kind === 'separable')
  return {
    lemma,
    entry: (form: string, n = 1) => nth(form, n).entry,
    unit: (form: string) => unit(form) && lemmaOfKey(unit(form)!.entry),
  }
}

// Sentences from Goethe's Werther, Grimm, Schnitzler and Meyrink (see tests/eval).
describe('a verb found by its place in the clause', () => {
  it('is the verb right after its subject pronoun, not the adjective or possessive', () => {
    expect(
      read('Ich weiß nicht, ob täuschende Geister um diese Gegend schweben.').lemma('weiß'),
    ).toBe('wissen')
    expect(read('Nein, das ist es nicht, was ich meine.').lemma('meine')).toBe('meinen')
    expect(read('Ich liebe die Subordination nicht sehr.').lemma('liebe')).toBe('lieben')
  })

  it('stays the article or adjective before its noun phrase, or when the verb comes later', () => {
    const text = read('Ich habe eine ewige Angst, daß ich eine wohlgeordnete Stunde verliere.')
    expect(text.lemma('eine', 2)).toBe('ein')
    expect(read('Dort fand ich eine Ruhe, die ich lange vermisst hatte.').lemma('lange')).not.toBe(
      'langen',
    )
  })

  it('is the verb before its subject at the start of a speech after a stage direction', () => {
    const text = read('FRITZ (wieder hinausgehend, in der Tür) Schicken Sie den Wagen fort.')
    expect(text.unit('Schicken')).toBe('fortschicken')
    expect(text.unit('fort')).toBe('fortschicken')
  })

  it('is the infinitive a modal leaves at the end of its clause', () => {
    expect(read('Das soll die ganze Stadt erfahren.').lemma('erfahren')).toBe('erfahren')
    const { lemma } = read('Nie werde ich sie vergessen.')
    expect(lemma('vergessen')).toBe('vergessen')
  })

  it('needs du or ihr for a form that is only 2nd person', () => {
    expect(read('Und wart, ich will es euch geben!').lemma('wart')).toBe('warten')
    expect(read('Wart ihr schon dort?').lemma('Wart')).toBe('sein')
    expect(read('Eine Regenröhre muß einst neben ihm gemündet haben.').lemma('einst')).toBe('einst')
  })

  it('reads a word standing alone at a sentence start in lowercase, unless it is a noun', () => {
    expect(read('Nein, gnädiger Herr.').lemma('Nein')).toBe('nein')
    expect(read('Reiten, kutschieren, frische Luft.').lemma('Reiten')).toBe('Reiten')
  })
})

describe('a split separable verb found in its clause', () => {
  it('joins its particle across words in brackets, which are a clause of their own', () => {
    const text = read(
      'In der Legislaturperiode legte Gesundheitsminister Hermann Gröhe (CDU) keinen neuen Entwurf vor.',
    )
    expect(text.unit('legte')).toBe('vorlegen')
    expect(text.unit('vor')).toBe('vorlegen')
  })

  it('is no modal with a direction, which leaves out "go"', () => {
    const text = read('Der Schneider band sich den Gürtel um, und wollte in die Welt hinaus.')
    expect(text.unit('wollte')).toBeUndefined()
    expect(text.lemma('wollte')).toBe('wollen')
    expect(read('Ich muß fort.').unit('fort')).toBeUndefined()
  })

  it('takes drauf at a clause’s end as the adverb, and written before its verb as a particle', () => {
    expect(read('Das Schneiderlein schlug es unbarmherzig drauf.').unit('drauf')).toBeUndefined()
    expect(read('Da wirst du erst drauf kommen, daß sie lieb ist.').unit('drauf')).toBe(
      'draufkommen',
    )
  })
})

describe('declining pronouns read under their dictionary form', () => {
  it('reads solche, anderes and dasselbe as solcher, ander and derselbe', () => {
    const text = read(
      'Solche Dinge nennt man Abfall. Du brauchst nichts anderes. Dasselbe gilt hier.',
    )
    expect(text.lemma('Solche')).toBe('solcher')
    expect(text.lemma('anderes')).toBe('ander')
    expect(text.lemma('Dasselbe')).toBe('derselbe')
  })

  it('keeps the article before a word that stands for its noun', () => {
    const text = read('Er wandte das Gespräch an die anderen, und die beiden letzteren schwiegen.')
    expect(text.lemma('anderen')).toBe('ander')
    expect(text.entry('die')).toBe('der#article')
    expect(text.entry('die', 2)).toBe('der#article')
  })
})

describe('an adverb that opens a subordinate clause', () => {
  it('is the conjunction when its finite verb ends the clause, else the adverb', () => {
    const since = read('Da nun die Krähe fort war, kam er zurück.')
    expect(since.entry('Da')).toMatch(/conj/)
    const then = read('Da kam eine Bauersfrau die Straße herab.')
    expect(then.entry('Da')).not.toMatch(/conj/)
  })
})
