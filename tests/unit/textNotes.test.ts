import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ContentError } from '@/lib/content/errors'
import { textNoteProblems } from '@/lib/vocabulary/check'
import { buildLexicon } from '@/lib/vocabulary/lexicon'
import { loadTextNotes, loadTextNotesOrThrow } from '@/lib/vocabulary/load'
import { matchText } from '@/lib/vocabulary/match'
import type { Entry } from '@/lib/vocabulary/schema'

const gipfel: Entry = {
  pos: 'noun',
  gender: 'm',
  genitive: 'des Gipfels',
  plural: 'die Gipfel',
  gloss: 'summit',
}
const samstag: Entry = {
  ...gipfel,
  genitive: 'des Samstags',
  plural: 'die Samstage',
}

describe('a text’s notes file', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'zk-notes-'))
  mkdirSync(path.join(root, 'neu'))
  const write = (name: string, text: string) => writeFileSync(path.join(root, 'neu', name), text)
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const lexicon = buildLexicon({ Gipfel: gipfel, Samstag: samstag }, { forms: {}, phrases: [] })
  const matched = matchText([{ number: 1, spans: [{ text: 'Der Gipfel' }] }], lexicon)

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
