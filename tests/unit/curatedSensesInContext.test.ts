import { describe, expect, it } from 'vitest'
import { analyseText } from '@/lib/analysis/engine'
import { serverSources } from '@/lib/analysis/serverSources'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import type { WordToken } from '@/lib/vocabulary/match'

const sources = serverSources(getLexiconFromFile('en'))

/** The entry key each word of a one-block imported text shows. */
function entryOf(text: string, form: string) {
  const { matched } = analyseText([{ number: 1, spans: [{ text }] }], sources)
  const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
  return words.find((word) => word.text === form)?.entry
}

// Sentences written for these tests, none from the evaluation set.
describe('a curated word’s sense chosen by the words around it', () => {
  it('reads noch as "still" unless a comparative or a number follows', () => {
    expect(entryOf('Der Kaffee ist noch warm.', 'noch')).toBe('noch#still')
    expect(entryOf('Sie wohnt noch bei ihren Eltern.', 'noch')).toBe('noch#still')
    expect(entryOf('Morgen wird es noch kälter.', 'noch')).toBe('noch#even')
    expect(entryOf('Wir brauchen noch drei Stühle.', 'noch')).toBe('noch#also')
  })

  it('leaves noch in weder … noch to the conjunction', () => {
    expect(entryOf('Er hat weder Zeit noch Geld.', 'noch')).not.toBe('noch#still')
  })

  it('reads gar before a negation as "at all", else as "even"', () => {
    expect(entryOf('Das stimmt gar nicht.', 'gar')).toBe('gar#at-all')
    expect(entryOf('Sie hatte gar keine Lust.', 'gar')).toBe('gar#at-all')
    expect(entryOf('Er hat gar den Bürgermeister eingeladen.', 'gar')).toBe('gar')
  })

  it('reads erst before the finite verb or einmal as "first", before a time as "only"', () => {
    expect(entryOf('Erst kochen wir, dann essen wir.', 'Erst')).toBe('erst#first')
    expect(entryOf('Wir müssen erst einmal nachdenken.', 'erst')).toBe('erst#first')
    expect(entryOf('Der Zug kommt erst morgen.', 'erst')).toBe('erst')
  })

  it('reads meinen before a clause as giving a view, with an object or alone as "to mean"', () => {
    expect(entryOf('Sie meint, der Zug sei schon weg.', 'meint')).toBe('meinen#say')
    expect(entryOf('Du meinst den roten Mantel.', 'meinst')).toBe('meinen#mean')
    expect(entryOf('Ich weiß nicht, was er meint.', 'meint')).toBe('meinen#mean')
  })
})

describe('a particle verb no source lists', () => {
  /** The lemma and gloss a one-block imported text shows for a word. */
  function shown(text: string, form: string) {
    const { matched, lexicon } = analyseText([{ number: 1, spans: [{ text }] }], sources)
    const word = matched.blocks[0]!.parts.find(
      (part): part is WordToken => part.kind === 'word' && part.text === form,
    )
    const entry = word?.entry === undefined ? undefined : lexicon.entries.get(word.entry)
    return { lemma: word?.entry && lemmaOfKey(word.entry), gloss: entry?.gloss }
  }

  it('is read as its particle and a verb Ding has, glossed by that verb', () => {
    const planted = shown('Im Frühjahr werden die Beete wiederbepflanzt.', 'wiederbepflanzt')
    expect(planted.lemma).toBe('wiederbepflanzen')
    expect(planted.gloss).toBe(shown('Sie bepflanzen die Beete.', 'bepflanzen').gloss)
  })

  it('is glossed by its base verb where the lexicon knows it and Ding does not', () => {
    const dragged = shown('Wir mussten die Kisten bis zum Auto hinschleppen.', 'hinschleppen')
    expect(dragged.lemma).toBe('hinschleppen')
    expect(dragged.gloss).toMatch(/\bdrag\b|\bhaul\b|\blug\b/u)
  })

  it('takes the zu of an infinitive between particle and verb', () => {
    expect(shown('Sie begann, die Kisten herzuschleppen.', 'herzuschleppen').lemma).toBe(
      'herschleppen',
    )
  })
})

describe('a word set in capitals', () => {
  it('is the noun rather than a verb of the same letters, as speakers and headings are', () => {
    const { matched } = analyseText(
      [{ number: 1, spans: [{ text: 'FRAGE DES RICHTERS: Wo waren Sie am Abend?' }] }],
      sources,
    )
    const word = matched.blocks[0]!.parts.find(
      (part): part is WordToken => part.kind === 'word' && part.text === 'FRAGE',
    )
    expect(word?.entry && lemmaOfKey(word.entry)).toBe('Frage')
  })
})
