import { describe, expect, it } from 'vitest'
import { splitImportBlocks } from '@/lib/import/blocks'
import { MAX_IMPORT_LENGTH } from '@/lib/import/clean'
import { blocksToText, defaultTitle, isBinaryText, prepareImport } from '@/lib/import/prepare'
import { sharedFileName } from '@/lib/import/shared'

describe('preparing an import', () => {
  it('cleans and splits both sides, counting what was removed', () => {
    const prepared = prepareImport({
      title: '',
      de: '# Im Gar\u200Bten\n\nDie Großmutter\u202E pflanzt Tomaten.',
      en: '# In the garden\r\n\r\nGrandmother plants tomatoes.',
    })
    expect(prepared).toEqual({
      ok: true,
      title: 'Im Garten',
      de: [
        { kind: 'heading', text: 'Im Garten' },
        { kind: 'paragraph', text: 'Die Großmutter pflanzt Tomaten.' },
      ],
      en: [
        { kind: 'heading', text: 'In the garden' },
        { kind: 'paragraph', text: 'Grandmother plants tomatoes.' },
      ],
      removed: 2,
    })
  })

  it('takes an empty translation as none and keeps a typed title', () => {
    const prepared = prepareImport({ title: '  Mein Text ', de: 'Hallo.', en: ' \n ' })
    expect(prepared).toMatchObject({ ok: true, title: 'Mein Text', en: [], removed: 0 })
  })

  it('reports the problems of both sides at once', () => {
    expect(
      prepareImport({ title: '', de: ' \u200B ', en: 'a'.repeat(MAX_IMPORT_LENGTH + 1) }),
    ).toEqual({
      ok: false,
      de: { problem: 'empty' },
      en: { problem: 'tooLong', length: MAX_IMPORT_LENGTH + 1 },
    })
    expect(prepareImport({ title: '', de: 'ok\u0000', en: '' })).toEqual({
      ok: false,
      de: { problem: 'binary' },
    })
  })
})

describe('import helpers', () => {
  it('take the title from the first line, cut at a word', () => {
    expect(defaultTitle('\n\n## Ein Titel\nText')).toBe('Ein Titel')
    expect(defaultTitle('> Hinweis')).toBe('Hinweis')
    const long = `${'Wort '.repeat(30)}Ende`
    const title = defaultTitle(long)
    expect(title.length).toBeLessThanOrEqual(81)
    expect(title).toMatch(/^Wort( Wort)*…$/u)
    expect(defaultTitle('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`)
  })

  it('turn blocks back into text that splits into the same blocks', () => {
    const blocks = splitImportBlocks('# Titel\n\nEins.\n\n> Notiz\n\nZwei.')
    expect(splitImportBlocks(blocksToText(blocks))).toEqual(blocks)
  })

  it('tell binary files from text', () => {
    expect(isBinaryText('PK\u0003\u0004\u0000binary')).toBe(true)
    expect(isBinaryText('')).toBe(false)
    expect(isBinaryText('Guten Tag')).toBe(false)
  })

  it('name a shared file after its title', () => {
    expect(sharedFileName('Die Großmutter: im Garten!')).toBe(
      'die-grossmutter-im-garten.zweiklang.json',
    )
    expect(sharedFileName('Über Äpfel')).toBe('uber-apfel.zweiklang.json')
    expect(sharedFileName('„…“')).toBe('text.zweiklang.json')
    expect(sharedFileName('a'.repeat(100))).toBe(`${'a'.repeat(60)}.zweiklang.json`)
  })
})
