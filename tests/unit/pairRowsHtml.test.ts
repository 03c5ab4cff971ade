import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BlockPairRow } from '@/components/reader/BlockPairRow'
import { pairRowHtml, type PairRowInput } from '@/components/reader/pairRowsHtml'
import type { Block } from '@/lib/content/types'
import type { BlockPart, WordToken } from '@/lib/vocabulary/match'
import type { BlockWords, WordRef } from '@/lib/vocabulary/present'

const word = (text: string, index: number): WordToken => ({
  kind: 'word',
  text,
  index,
  sentenceStart: index === 0,
  punctBefore: '',
  morph: [],
  units: [],
})

const block = (number: number, text: string, kind: Block['kind'] = 'paragraph'): Block => ({
  number,
  kind,
  spans: [{ text }, { text: ' „Deal“ & <mehr>', lang: 'en' }, { text: " it's" }],
  text,
})

// Words with every kind of reference, one without any, plain runs (with and without a
// language) side by side, and characters that must be escaped.
const parts: BlockPart[] = [
  word('Der', 0),
  { kind: 'plain', text: ' ' },
  { kind: 'plain', text: '"' },
  word('Gipfel', 1),
  { kind: 'plain', text: ' & ' },
  { kind: 'plain', text: 'summit', lang: 'en' },
  word('2019', 2),
  { kind: 'plain', text: ' ' },
  word('stellt', 3),
  { kind: 'plain', text: " <heraus> '" },
  word('heraus', 4),
]
const refs: (WordRef | undefined)[] = [
  { entry: 0, units: [] },
  { entry: 1, morph: 2, units: [3, 4] },
  undefined,
  { entry: 5, units: [7], alternative: 6 },
  { entry: 8, morph: 0, units: [7] },
]
const words = (refsInPopupData?: true): BlockWords => ({
  block: { number: 1, parts },
  refOf: (index) => refs[index],
  ...(refsInPopupData ? { refsInPopupData } : {}),
})

const rows: [string, PairRowInput][] = [
  [
    'a paragraph with its English, refs in the spans, the tab stop',
    {
      pair: {
        number: 1,
        kind: 'paragraph',
        de: block(1, 'Der Gipfel'),
        en: block(2, 'The "summit"'),
      },
      revealLabel: { text: 'Show <translation>', lang: 'en' },
      words: words(),
      tabStop: true,
      popupId: 'word-popup',
      listenLabel: 'Listen & "read"',
    },
  ],
  [
    'a heading, refs in the popup data, no tab stop',
    {
      pair: {
        number: 7,
        kind: 'heading',
        de: block(7, 'Titel', 'heading'),
        en: block(8, 'Title', 'heading'),
      },
      revealLabel: { text: 'Übersetzung zeigen', lang: 'de' },
      words: words(true),
      tabStop: false,
      popupId: 'word-popup',
      listenLabel: 'Vorlesen',
    },
  ],
  [
    'a verse without a translation, before its words are read',
    {
      pair: { number: 3, kind: 'paragraph', de: block(3, 'Nur Deutsch'), verse: true },
      revealLabel: { text: 'Show translation', lang: 'en' },
      tabStop: false,
      popupId: 'word-popup',
      listenLabel: 'Listen',
    },
  ],
]

describe('pairRowHtml', () => {
  it.each(rows)('writes what BlockPairRow renders: %s', (_, props) => {
    expect(pairRowHtml(props)).toBe(renderToStaticMarkup(createElement(BlockPairRow, props)))
  })
})
