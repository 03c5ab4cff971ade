import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import en from '@/locales/en/common.json'
import de from '@/locales/de/common.json'
import { getTextSlugs, loadText } from '@/lib/content/load'
import { ContentError } from '@/lib/content/errors'
import { serverSources } from '@/lib/analysis/serverSources'
import { readImportedText, type ReadingLabels } from '@/lib/import/read'
import type { ImportedText } from '@/lib/import/types'
import { textNoteProblems } from '@/lib/vocabulary/check'
import { buildLexicon } from '@/lib/vocabulary/lexicon'
import {
  getLexiconFromFile,
  loadAnnotations,
  loadTextNotes,
  loadTextNotesOrThrow,
  analyseCuratedText,
  type TextNotes,
} from '@/lib/vocabulary/load'
import { analyseCuratedOnly } from './curatedOnly'
import type { MorphLabels } from '@/lib/vocabulary/morph'
import { buildPopupData, type PopupData, type PresentLabels } from '@/lib/vocabulary/present'
import type { Entry } from '@/lib/vocabulary/schema'

const labelsOf = (common: typeof en): PresentLabels => ({
  ...common.vocab,
  morph: common.vocab.morph as MorphLabels,
})
const labels = { en: labelsOf(en), de: labelsOf(de) }
const curated = { en: getLexiconFromFile('en'), de: getLexiconFromFile('de') }

const gipfel: Entry = {
  pos: 'noun',
  gender: 'm',
  genitive: 'des Gipfels',
  plural: 'die Gipfel',
  gloss: 'summit',
}
const samstag: Entry = { ...gipfel, genitive: 'des Samstags', plural: 'die Samstage' }

describe('a text’s notes file', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'zk-notes-'))
  mkdirSync(path.join(root, 'neu'))
  const write = (name: string, text: string) => writeFileSync(path.join(root, 'neu', name), text)
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const lexicon = buildLexicon({ Gipfel: gipfel, Samstag: samstag }, { forms: {}, phrases: [] })
  const matched = analyseCuratedOnly([{ number: 1, spans: [{ text: 'Der Gipfel' }] }], lexicon)

  it('is optional: a text without one has no notes', () => {
    expect(loadTextNotes('neu', 'en', root)).toEqual(new Map())
  })

  it('maps entry keys to notes', () => {
    write('notes.de.json', '{ "Gipfel": "Hier: ein Treffen in Alaska." }')
    expect(loadTextNotes('neu', 'de', root)).toEqual(
      new Map([['Gipfel', 'Hier: ein Treffen in Alaska.']]),
    )
    expect(loadTextNotesOrThrow({ slug: 'neu' }, 'de', lexicon, matched, root).size).toBe(1)
  })

  it('names the file and the key of a malformed note', () => {
    write('notes.en.json', '{ "Gipfel": 3 }')
    const run = () => loadTextNotes('neu', 'en', root)
    expect(run).toThrow(ContentError)
    expect(run).toThrow(/^content\/neu\/notes\.en\.json: entry "Gipfel": /)
    write('notes.en.json', '{ "Gipfel": "a", "Gipfel": "b" }')
    expect(run).toThrow(/^content\/neu\/notes\.en\.json: key "Gipfel" appears twice/)
    write('notes.en.json', '{ "Gipfel": "a", }')
    expect(run).toThrow(/^content\/neu\/notes\.en\.json: is not valid JSON/)
  })

  it('fails on a note for an entry the vocabulary lacks or the text never shows', () => {
    write('notes.en.json', '{ "Gipfel": "Here: in Alaska.", "Gipfeltreffen": "x", "Samstag": "y" }')
    const notes = loadTextNotes('neu', 'en', root)
    expect(textNoteProblems(notes, lexicon, matched)).toEqual([
      'entry "Gipfeltreffen" is not in the vocabulary',
      'entry "Samstag" is not used by this text',
    ])
    expect(() => loadTextNotesOrThrow({ slug: 'neu' }, 'en', lexicon, matched, root)).toThrow(
      'content/neu/notes.en.json: entry "Gipfeltreffen" is not in the vocabulary; ' +
        'entry "Samstag" is not used by this text',
    )
  })
})

/** Every string a page's popup data could show. */
function shown(data: PopupData): string {
  return JSON.stringify(data.entries)
}

function curatedPopup(slug: string, lng: 'en' | 'de'): { data: PopupData; notes: TextNotes } {
  const text = loadText(slug)
  const matched = analyseCuratedText(text, curated.en, loadAnnotations(slug))
  const notes = loadTextNotesOrThrow(text, lng, curated[lng], matched)
  const english = lng === 'en' ? undefined : curated.en
  const { data } = buildPopupData(matched, curated[lng], labels[lng], english, notes)
  return { data, notes }
}

const entryOf = (data: PopupData, key: string) => data.entries.find((entry) => entry.key === key)

describe('popups and the texts’ notes', () => {
  // Loaded once, outside the tests' time limit, as the browser loads it once.
  const { dictionary, morphology } = serverSources(getLexiconFromFile('en'))
  const lookups = { dictionary, morphology }
  const alaska = curatedPopup('alaska-gipfel', 'en')
  const notesOf = (lng: 'en' | 'de') =>
    getTextSlugs().flatMap((slug) => [...loadTextNotes(slug, lng).values()])

  it('show the seed text’s own notes beside the general entry', () => {
    expect(alaska.notes.size).toBeGreaterThan(50)
    for (const [key, note] of alaska.notes) expect(entryOf(alaska.data, key)?.textNote).toBe(note)
    expect(entryOf(alaska.data, 'Wladimir')).toMatchObject({
      gloss: 'Vladimir (Russian male first name; German spelling Wladimir)',
      textNote: 'Vladimir Putin’s first name.',
    })
    expect(entryOf(alaska.data, 'Geschichte')).toMatchObject({
      gloss: 'history; story',
      textNote: expect.stringMatching(/^History/),
    })
    expect(entryOf(alaska.data, 'Ihr')!.note).not.toMatch(/Putin|reporter/)
    expect(entryOf(alaska.data, 'Ihr')!.textNote).toMatch(/reporter is addressing Putin/)
    const german = curatedPopup('alaska-gipfel', 'de')
    expect(entryOf(german.data, 'Wladimir')).toMatchObject({
      gloss: 'russischer männlicher Vorname',
      textNote: 'Der Vorname von Wladimir Putin.',
    })
  })

  it('never show another text’s notes in a curated text', () => {
    for (const lng of ['en', 'de'] as const) {
      const market = curatedPopup('samstag-markt', lng)
      const others = curatedPopup('alaska-gipfel', lng).notes
      for (const entry of market.data.entries) {
        if (entry.textNote) expect(market.notes.get(entry.key!)).toBe(entry.textNote)
      }
      const text = shown(market.data)
      for (const note of others.values()) expect(text).not.toContain(note)
      expect(text).not.toMatch(/Putin|Trump|Witkoff|reporter|Reporterin/)
    }
  })

  it('never show a curated text’s notes in an imported text', () => {
    const imported: ImportedText = {
      id: 'brief',
      title: 'Ein Brief',
      de: [
        {
          kind: 'paragraph',
          text: 'Wladimir erzählt die Geschichte. Sie steigt ein. Wie können wir ihrem Wort trauen? Paul ist sechs Jahre alt, und 2016 war ein gutes Jahr.',
        },
      ],
      corrections: {},
      createdAt: 1,
      updatedAt: 1,
    }
    const readingLabels = (lng: 'en' | 'de'): ReadingLabels => ({
      present: labels[lng],
    })
    for (const lng of ['en', 'de'] as const) {
      const { data } = readImportedText(imported, curated, lookups, lng, readingLabels(lng))
      expect(data.entries.some((entry) => entry.textNote)).toBe(false)
      expect(entryOf(data, 'Geschichte')).toBeDefined()
      const text = shown(data)
      for (const note of notesOf(lng)) expect(text).not.toContain(note)
      expect(text).not.toMatch(/Putin|Trump|reporter|Reporterin|in this story|here:|hier:/)
    }
  })
})
