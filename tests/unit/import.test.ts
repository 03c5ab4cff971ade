import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_BLOCK_LENGTH } from '@/lib/content/source'
import {
  alignImport,
  mergeWithNext,
  moveBlock,
  splitAfterFirstSentence,
  splitAt,
} from '@/lib/import/align'
import { splitImportBlocks, type ImportBlock } from '@/lib/import/blocks'
import { cleanImportText, ImportError, MAX_IMPORT_LENGTH } from '@/lib/import/clean'
import { tokenize } from '@/lib/text/tokenize'

const problem = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportError) return error.problem
    throw error
  }
  return undefined
}

describe('cleaning imported text', () => {
  it('refuses empty, over-long and binary input with a reason', () => {
    expect(problem(() => cleanImportText(' \n\u200B\t '))).toBe('empty')
    expect(problem(() => cleanImportText('a'.repeat(MAX_IMPORT_LENGTH + 1)))).toBe('tooLong')
    expect(problem(() => cleanImportText('PK\u0003\u0004\u0000\u0000binary'))).toBe('binary')
    expect(problem(() => cleanImportText('\uFFFD'.repeat(50)))).toBe('binary')
  })

  it('removes and counts invisible characters, and normalises like curated texts', () => {
    const { text, removed } = cleanImportText(
      '\uFEFFDer Ba\u200Bum\r\nist \u202Egrün\u202C.\u0007 Scho\u0308n',
    )
    expect(text).toBe('Der Baum\nist grün. Schön')
    expect(removed).toEqual({ zeroWidth: 1, bidi: 2, control: 1 })
  })

  it('keeps markup as text: HTML is never interpreted, only carried', () => {
    expect(cleanImportText('<script>alert(1)</script> <b>fett</b>').text).toBe(
      '<script>alert(1)</script> <b>fett</b>',
    )
  })

  it('never throws anything but ImportError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        try {
          const { text } = cleanImportText(input)
          expect(text).toBe(text.trim())
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError)
        }
      }),
    )
  })
})

describe('splitting an import into blocks', () => {
  it('reads headings, notes and paragraphs separated by blank lines', () => {
    expect(splitImportBlocks('# Titel\n\nErster\nAbsatz.\n\n> Hinweis\n> zwei')).toEqual([
      { kind: 'heading', text: 'Titel' },
      { kind: 'paragraph', text: 'Erster Absatz.' },
      { kind: 'note', text: 'Hinweis zwei' },
    ])
  })

  it('takes each line as a block when there is no blank line', () => {
    expect(splitImportBlocks('Eins.\nZwei.\nDrei.').map((b) => b.text)).toEqual([
      'Eins.',
      'Zwei.',
      'Drei.',
    ])
  })

  it('breaks an over-long paragraph at sentence ends, losing nothing', () => {
    const sentence = 'Das ist ein ziemlich langer Satz über nichts Besonderes. '
    const long = sentence.repeat(Math.ceil((MAX_BLOCK_LENGTH * 2.5) / sentence.length)).trim()
    const blocks = splitImportBlocks(long)
    expect(blocks.length).toBe(3)
    for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(MAX_BLOCK_LENGTH)
    expect(blocks.map((b) => b.text).join(' ')).toBe(long)
  })

  it('keeps every word of the input, in order', () => {
    const words = (text: string) =>
      tokenize(text)
        .filter((t) => t.kind === 'word' || t.kind === 'number')
        .map((t) => t.text)
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (input) => {
        const blocks = splitImportBlocks(input)
        expect(words(blocks.map((b) => b.text).join('\n\n'))).toEqual(words(input))
      }),
    )
  })
})

describe('the alignment editor', () => {
  const blocks: ImportBlock[] = [
    { kind: 'heading', text: 'Titel' },
    { kind: 'paragraph', text: 'Erster Satz. Zweiter Satz.' },
    { kind: 'paragraph', text: 'Dritter.' },
  ]

  it('merges, splits and moves without losing text', () => {
    expect(mergeWithNext(blocks, 1)[1]).toEqual({
      kind: 'paragraph',
      text: 'Erster Satz. Zweiter Satz. Dritter.',
    })
    expect(mergeWithNext(blocks, 2)).toEqual(blocks)
    expect(splitAfterFirstSentence(blocks, 1).map((b) => b.text)).toEqual([
      'Titel',
      'Erster Satz.',
      'Zweiter Satz.',
      'Dritter.',
    ])
    expect(splitAt(blocks, 1, 3).map((b) => b.text)).toEqual([
      'Titel',
      'Erster',
      'Satz. Zweiter Satz.',
      'Dritter.',
    ])
    expect(splitAt(blocks, 2, 2)).toEqual(blocks)
    expect(moveBlock(blocks, 2, 0).map((b) => b.text)).toEqual([
      'Dritter.',
      'Titel',
      'Erster Satz. Zweiter Satz.',
    ])
    expect(moveBlock(blocks, 0, 9)).toEqual(blocks)
  })

  it('pairs equal counts, asks for the editor otherwise, and reads alone without a translation', () => {
    expect(alignImport(blocks, blocks)).toMatchObject({ aligned: true })
    expect(alignImport(blocks, blocks.slice(1))).toEqual({ aligned: false, de: 3, en: 2 })
    expect(alignImport(blocks, undefined)).toEqual({
      aligned: true,
      pairs: blocks.map((de) => ({ de })),
    })
  })
})
