import { describe, expect, it } from 'vitest'
import { serverSources } from '@/lib/analysis/serverSources'
import { dictionaryKey } from '@/lib/analysis/draft'
import { pairsOf } from '@/lib/import/pairs'
import { postedReading, readImportedText, type ReadingLabels } from '@/lib/import/read'
import { toReading } from '@/lib/import/reading'
import type { ImportedText } from '@/lib/import/types'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

const curated = { en: getLexiconFromFile('en'), de: getLexiconFromFile('de') }
const { dictionary, morphology } = serverSources(getLexiconFromFile('en'))
const lookups = { dictionary, morphology }
const labels: ReadingLabels = {
  present: new Proxy({} as ReadingLabels['present'], {
    // Every label is its own name: enough to see which one the reader gets.
    get: (_, name) =>
      name === 'pos' || name === 'articles' || name === 'cases' || name === 'morph'
        ? new Proxy({}, { get: (_, inner) => String(inner) })
        : `{{form}}`,
  }),
}

function text(overrides: Partial<ImportedText> = {}): ImportedText {
  return {
    id: 'a',
    title: 'Honig',
    de: [
      { kind: 'heading', text: 'Beim Imker' },
      { kind: 'paragraph', text: 'Der Imker schleudert Honig. Der Gipfel war historisch.' },
    ],
    en: [
      { kind: 'heading', text: 'At the beekeeper’s' },
      { kind: 'paragraph', text: 'The beekeeper spins honey. The summit was historic.' },
    ],
    corrections: {},
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  }
}

const entryOf = (reading: ReturnType<typeof readImportedText>, key: string) =>
  reading.data.entries.find((entry) => entry.key === key)

describe('reading an imported text', () => {
  it('pairs its blocks as plain text, with or without a translation', () => {
    const hostile = '<img src=x onerror="alert(1)"> Der Honig.'
    const reading = readImportedText(
      text({ de: [{ kind: 'paragraph', text: hostile }], en: undefined }),
      curated,
      lookups,
      'en',
      labels,
    )
    expect(pairsOf({ de: [{ kind: 'paragraph', text: hostile }] })).toEqual([
      {
        number: 1,
        kind: 'paragraph',
        de: { number: 1, kind: 'paragraph', spans: [{ text: hostile }], text: hostile },
      },
    ])
    expect(reading.blocks[0]!.block.parts.map((part) => part.text).join('')).toBe(hostile)
  })

  it('marks dictionary glosses, and shows them in English in the German interface', () => {
    const honey = dictionaryKey('Honig', 'noun')
    const english = readImportedText(text(), curated, lookups, 'en', labels)
    const german = readImportedText(text(), curated, lookups, 'de', labels)
    expect(entryOf(english, honey)).toMatchObject({
      source: 'dictionary',
      gloss: expect.stringMatching(/honey/),
    })
    expect(entryOf(german, honey)!.gloss).toBe(entryOf(english, honey)!.gloss)
    expect(entryOf(german, honey)!.english).toBeUndefined()
    // A curated entry keeps its German explanation, with its English one step away.
    expect(entryOf(german, 'Gipfel')).toMatchObject({
      english: curated.en.entries.get('Gipfel')!.gloss,
    })
    expect(entryOf(german, 'Gipfel')!.source).toBeUndefined()
    expect(english.words.senses[honey]!.glosses).toEqual({
      en: entryOf(english, honey)!.gloss,
      de: entryOf(english, honey)!.gloss,
    })
    expect(english.unknown).toBe(0)
  })

  it('uses the reader’s corrections in every language, marked as theirs', () => {
    const honey = dictionaryKey('Honig', 'noun')
    const corrections = { [honey]: 'honey (from bees)', Gipfel: 'summit meeting', gone: 'x' }
    for (const lng of ['en', 'de'] as const) {
      const reading = readImportedText(text({ corrections }), curated, lookups, lng, labels)
      expect(entryOf(reading, honey)).toMatchObject({
        gloss: 'honey (from bees)',
        source: 'correction',
      })
      expect(entryOf(reading, 'Gipfel')).toMatchObject({
        gloss: 'summit meeting',
        source: 'correction',
      })
      expect(entryOf(reading, 'Gipfel')!.english).toBeUndefined()
      expect(reading.words.senses.Gipfel!.glosses).toEqual({
        en: 'summit meeting',
        de: 'summit meeting',
      })
    }
  })
})

describe('the reading as data', () => {
  it('crosses postMessage unchanged, its words as spans that name their entries', () => {
    const honey = dictionaryKey('Honig', 'noun')
    const corrections = { [honey]: 'honey (from bees)' }
    const reading = readImportedText(text({ corrections }), curated, lookups, 'en', labels)
    const posted = postedReading(reading, 'word-popup')
    const copied = structuredClone(posted)
    expect(copied).toEqual(posted)
    const view = toReading(copied)
    const spans = new Map(
      Array.from(
        view.html
          .get(2)!
          .html.join('')
          .matchAll(/<span class="w" data-e="(\d+)"[^>]*>([^<]+)<\/span>/gu),
        ([, entry, word]) => [word, Number(entry)],
      ),
    )
    expect(view.data.entries[spans.get('Honig')!]!.key).toBe(honey)
    expect(view.original(honey)).toMatchObject({ gloss: expect.stringMatching(/honey/) })
    expect(view.original(honey)!.gloss).not.toBe('honey (from bees)')
    expect(view.original('nothing here')).toBeUndefined()
  })

  it('gives the first block the text’s one tab stop, which opens the popup named', () => {
    const view = toReading(
      postedReading(readImportedText(text(), curated, lookups, 'en', labels), 'book-popup'),
    )
    expect(view.html.get(1)!.html[0]).toMatch(
      /^<span class="w"[^>]* tabindex="0"[^>]*aria-controls="book-popup">Beim<\/span>/u,
    )
    expect(view.html.get(2)!.html.join('')).not.toContain('tabindex')
  })
})

describe('the meaning in this text', () => {
  const dish = text({
    de: [{ kind: 'paragraph', text: 'Das Gericht war köstlich.' }],
    en: [{ kind: 'paragraph', text: 'The dish was delicious.' }],
  })

  it('puts first the dictionary sense whose words the aligned English block has', () => {
    const reading = readImportedText(dish, curated, lookups, 'en', {
      ...labels,
      inText: 'in this text',
    })
    const entry = reading.data.entries.find((e) => e.key?.startsWith('Gericht#ding-noun@'))!
    expect(entry.gloss).toMatch(/^dish/u)
    expect(entry.note).toBe('in this text')
  })

  it('keeps the common sense first without a translation', () => {
    const reading = readImportedText({ ...dish, en: undefined }, curated, lookups, 'en', labels)
    const entry = entryOf(reading, dictionaryKey('Gericht', 'noun'))!
    expect(entry.gloss).toMatch(/^(?:law )?court/u)
    expect(entry.note).toBeUndefined()
  })
})
