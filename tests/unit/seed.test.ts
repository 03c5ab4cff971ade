import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadText } from '@/lib/content/load'
import { germanWordCount, readingMinutes } from '@/lib/content/stats'
import { contentTokens } from '@/lib/text/tokenize'

const SLUG = 'alaska-gipfel'
const text = loadText(SLUG)
const sourceBlocks = readFileSync(path.join(process.cwd(), 'content', SLUG, 'source.txt'), 'utf8')
  .split(/\n[ \t]*\n/)
  .map((block) => block.trim())
  .filter((block) => block !== '')

const HEADINGS = [4, 8, 13]
const NOTES = [17]

/**
 * Every proper name in the German text (people, places, countries, institutions, events,
 * aircraft, languages), by its German surface form, with the form the English block must
 * contain. Inflected forms (Putins, Russlands, Weißen Hauses) are listed on their own, since
 * names are matched as whole words. Names inside compounds are listed by the compound
 * (Kremlchef, US-Präsident via "US-", B2-Tarnkappenbomber via "B2").
 */
const NAMES: Record<string, string> = {
  // People
  'Wladimir Putin': 'Vladimir Putin',
  Putin: 'Putin',
  Putins: 'Putin',
  'Donald Trump': 'Donald Trump',
  Trump: 'Trump',
  Trumps: 'Trump',
  'Winston Churchill': 'Winston Churchill',
  'Franklin D. Roosevelt': 'Franklin D. Roosevelt',
  'Sergej Lawrow': 'Sergei Lavrov',
  'Marco Rubio': 'Marco Rubio',
  'Steve Witkoff': 'Steve Witkoff',
  'Yuri Uschakow': 'Yuri Ushakov',
  'Wolodymyr Selenskyj': 'Volodymyr Zelensky',
  'Barack Obama': 'Barack Obama',
  // Places and countries
  Alaska: 'Alaska',
  Anchorage: 'Anchorage',
  Helsinki: 'Helsinki',
  Moskau: 'Moscow',
  Moscow: 'Moscow',
  Kiews: 'Kyiv',
  Ukraine: 'Ukraine',
  Russland: 'Russia',
  Russlands: 'Russia',
  Europa: 'Europe',
  Europäer: 'Europeans',
  USA: 'US',
  'US-': 'US',
  // Institutions
  Nato: 'Nato',
  Kreml: 'Kremlin',
  Kremlchef: 'Kremlin',
  'Weißen Haus': 'White House',
  'Weißen Hauses': 'White House',
  'Internationalen Strafgerichtshof': 'International Criminal Court',
  Justizministerium: 'Justice Department',
  // Events
  'Zweiten Weltkrieg': 'Second World War',
  'Kalten Krieges': 'Cold War',
  // Aircraft
  'Air Force One': 'Air Force One',
  B2: 'B-2',
  'F-35': 'F-35',
  // Languages
  Englisch: 'English',
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whole-word occurrence; a key ending in "-" is a compound prefix and needs no end boundary. */
function namePattern(name: string): RegExp {
  const end = name.endsWith('-') ? '' : '(?![\\p{L}\\p{M}\\p{N}])'
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(name)}${end}`, 'u')
}

const namesIn = (german: string) =>
  Object.keys(NAMES).filter((name) => namePattern(name).test(german))

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1
const digitRuns = (value: string) => value.match(/\d+/g) ?? []

describe('the seed text alaska-gipfel', () => {
  it('has 17 aligned pairs', () => {
    expect(text.pairs).toHaveLength(17)
    expect(text.pairs.map((pair) => pair.number)).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    )
  })

  it('has headings at blocks 4, 8 and 13, a note at block 17 and paragraphs elsewhere', () => {
    for (const pair of text.pairs) {
      const expected = HEADINGS.includes(pair.number)
        ? 'heading'
        : NOTES.includes(pair.number)
          ? 'note'
          : 'paragraph'
      expect(pair.kind, `block ${pair.number}`).toBe(expected)
      expect(pair.de.kind, `German block ${pair.number}`).toBe(expected)
      expect(pair.en.kind, `English block ${pair.number}`).toBe(expected)
    }
  })

  it('has metadata', () => {
    expect(text.title.de).toBe('Gipfel in Alaska: Roter Teppich, aber kein Deal')
    expect(text.title.en).not.toBe('')
    expect(text.level).toBe('B2')
    expect(text.date).toBe('2025-08-16')
  })

  describe('German text equals source.txt token by token', () => {
    it('source.txt has 17 blocks', () => {
      expect(sourceBlocks).toHaveLength(17)
    })

    it.each(text.pairs.map((pair) => [pair.number, pair] as const))('block %i', (number, pair) => {
      const source = sourceBlocks[number - 1]
      expect(source, `source.txt block ${number}`).toBeDefined()
      expect(contentTokens(pair.de.text)).toEqual(contentTokens(source ?? ''))
    })
  })

  it('marks the English quote in block 15 as a span in English', () => {
    const pair = text.pairs[14]
    expect(pair?.number).toBe(15)
    const english = pair?.de.spans.filter((span) => span.lang === 'en')
    expect(english).toEqual([{ text: 'Next time in Moscow!', lang: 'en' }])
    expect(pair?.de.text).toContain('"Next time in Moscow!"')
    expect(pair?.de.text).not.toContain('{lang=')
  })

  it('has no English spans in other blocks', () => {
    const withSpans = text.pairs
      .filter((pair) => pair.de.spans.some((span) => span.lang !== undefined))
      .map((pair) => pair.number)
    expect(withSpans).toEqual([15])
  })

  describe('every pair keeps quotes, numbers and names', () => {
    it.each(text.pairs.map((pair) => [pair.number, pair] as const))('block %i', (number, pair) => {
      const { text: german } = pair.de
      const { text: english } = pair.en

      expect(count(english, '"'), `straight quotes in block ${number}`).toBe(count(german, '"'))

      const englishDigits = digitRuns(english)
      for (const digits of digitRuns(german)) {
        expect(englishDigits, `number ${digits} in English block ${number}`).toContain(digits)
      }

      for (const name of namesIn(german)) {
        const expected = NAMES[name] ?? ''
        expect(english, `"${name}" of German block ${number} as "${expected}"`).toContain(expected)
      }
    })
  })

  it('has no dead entries in the name table', () => {
    const german = text.pairs.map((pair) => pair.de.text).join('\n')
    const dead = Object.keys(NAMES).filter((name) => !namePattern(name).test(german))
    expect(dead).toEqual([])
  })

  it('finds the names it should (the name matcher works)', () => {
    expect(namesIn('Putins Maschine')).toEqual(['Putins'])
    expect(namesIn('der US-Präsident')).toEqual(['US-'])
    expect(namesIn('die Europäer in Europa')).toEqual(['Europa', 'Europäer'])
    expect(namesIn('der Kremlchef')).toEqual(['Kremlchef'])
  })

  it('counts words and reading time sensibly', () => {
    const words = germanWordCount(text.pairs)
    expect(words).toBe(text.wordCount)
    expect(words).toBeGreaterThanOrEqual(900)
    expect(words).toBeLessThanOrEqual(1100)
    expect(text.readingMinutes).toBe(readingMinutes(words))
    expect(text.readingMinutes).toBe(Math.round(words / 100))
  })

  it('leaves the note out of the word count', () => {
    const withNote = text.pairs.map((pair) => ({ ...pair, kind: 'paragraph' as const }))
    expect(germanWordCount(withNote)).toBeGreaterThan(text.wordCount)
  })
})

describe('readingMinutes', () => {
  it('rounds to whole minutes at 100 words a minute, never below 1', () => {
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(49)).toBe(1)
    expect(readingMinutes(149)).toBe(1)
    expect(readingMinutes(150)).toBe(2)
    expect(readingMinutes(1000)).toBe(10)
  })
})
