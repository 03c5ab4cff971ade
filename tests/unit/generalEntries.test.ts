import { describe, expect, it } from 'vitest'
import { getTextSlugs } from '@/lib/content/load'
import { namesInTextNotes, textSpecificEntries } from '@/lib/vocabulary/check'
import { getLexiconFromFile, loadTextNotes, type TextNotes } from '@/lib/vocabulary/load'
import type { Entry, VocabularyFile } from '@/lib/vocabulary/schema'

const curated = { en: getLexiconFromFile('en'), de: getLexiconFromFile('de') }

const gipfel: Entry = {
  pos: 'noun',
  gender: 'm',
  genitive: 'des Gipfels',
  plural: 'die Gipfel',
  gloss: 'summit',
}

describe('the text-specific content check', () => {
  const person = (gloss: string): Entry => ({ pos: 'propn', gloss })
  const word = (gloss: string, more: Partial<Entry> = {}): Entry => ({
    pos: 'adv',
    gloss,
    ...more,
  })
  const people: VocabularyFile = {
    Wladimir: person('Vladimir (first name)'),
    Putin: person('Vladimir Putin, President of Russia'),
    'Wladimir Putin': person('Vladimir Putin'),
    Barack: person('Barack, first name of Barack Obama'),
    'Barack Obama': person('Barack Obama'),
    Gipfel: gipfel,
  }

  it('takes the names from the proper nouns the texts’ notes explain, with their full names', () => {
    const notes: TextNotes[] = [new Map([['Wladimir', 'Putin’s first name']])]
    expect([...namesInTextNotes(people, notes)].sort()).toEqual(['Putin', 'Wladimir'])
    expect(namesInTextNotes(people, [new Map([['Gipfel', 'Here: in Alaska.']])])).toEqual(new Set())
  })

  it('flags markers of one text and names of its people, with file, key and field', () => {
    const names = new Set(['Wladimir', 'Putin', 'Barack', 'Obama'])
    const vocabulary: VocabularyFile = {
      ...people,
      Geschichte: word('history; here: story'),
      Tasche: word('bag; (here) pannier'),
      Donald: person('Donald (first name); here Donald Trump'),
      ein: word('a', { note: 'In steigt … ein (block 6) it is a particle.' }),
      der: word('the', { note: 'Example in this text: wegen der Umstände.' }),
      // Keys that look like numbers come first in an object, whatever their place.
      '2016': word('Jahreszahl; hier: die Wahl'),
      Anna: person('Vorname der Mutter in dieser Geschichte'),
      ihrem: word('your', { note: 'Im Text steht es klein.' }),
      Maschine: word('plane', { note: 'Putins Maschine = Putin’s plane' }),
      wie: word('like', { example: 'wie Wladimir sagt' }),
      Vertrauensbeweis: {
        ...gipfel,
        compound: [
          { part: 'Vertrauens', gloss: 'trust' },
          { part: 'beweis', gloss: 'proof; here: a show' },
        ],
      },
      Obama: person('Obama, surname of Barack Obama'),
      mal: word('once', { note: 'Warst du schon mal hier? = Have you ever been here?' }),
      früher: word('earlier', { note: 'frühere Aussagen = earlier statements' }),
      dort: word('an diesem Ort, nicht hier'),
    }
    expect(textSpecificEntries('f', vocabulary, names)).toEqual([
      'f: entry "2016" gloss says "hier:"',
      'f: entry "Geschichte" gloss says "here:"',
      'f: entry "Tasche" gloss says "(here"',
      'f: entry "Donald" gloss says "; here"',
      'f: entry "ein" note says "block 6"',
      'f: entry "der" note says "in this text"',
      'f: entry "Anna" gloss says "in dieser Geschichte"',
      'f: entry "ihrem" note says "Im Text"',
      'f: entry "Maschine" note names "Putin", who belongs to a text',
      'f: entry "wie" example names "Wladimir", who belongs to a text',
      'f: entry "Vertrauensbeweis" part "beweis" says "here:"',
    ])
  })

  it('finds nothing in the shipped vocabulary, with the names of every text’s notes', () => {
    const notes = getTextSlugs().flatMap((slug) =>
      ['en', 'de'].map((lng) => loadTextNotes(slug, lng)),
    )
    const vocabulary = Object.fromEntries(curated.en.entries) as VocabularyFile
    const names = namesInTextNotes(vocabulary, notes)
    for (const name of ['Putin', 'Trump', 'Witkoff', 'Paul', 'Yilmaz', 'Lindenau'])
      expect(names.has(name), name).toBe(true)
    for (const lng of ['en', 'de'] as const) {
      const file = Object.fromEntries(curated[lng].entries) as VocabularyFile
      expect(textSpecificEntries(lng, file, names)).toEqual([])
    }
  })
})
