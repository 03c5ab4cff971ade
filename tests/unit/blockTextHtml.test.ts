import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BlockPairRow } from '@/components/reader/BlockPairRow'
import { germanWordSegments, germanWordsHtml, spansHtml } from '@/lib/vocabulary/blockTextHtml'
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

// Words with every kind of reference, one without any, plain runs (with and without a
// language) side by side, and characters that must be escaped: imported texts are the
// reader's own, and none of it may become markup.
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
  word('<b>heraus</b>', 4),
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

const block: Block = {
  number: 2,
  kind: 'paragraph',
  spans: [{ text: 'The ' }, { text: '„Deal“ & <mehr>', lang: 'de' }, { text: " it's" }],
  text: 'The „Deal“ & <mehr> it’s',
}

describe('germanWordsHtml', () => {
  it('writes each word as a span with its references, the first as the tab stop', () => {
    expect(germanWordsHtml(words(), true, 'word-popup')).toBe(
      '<span class="w" data-e="0" tabindex="0" role="button" aria-haspopup="dialog" aria-controls="word-popup">Der</span>' +
        ' &quot;<span class="w" data-e="1" data-m="2" data-u="3 4">Gipfel</span> &amp; ' +
        '<span lang="en">summit</span>2019 ' +
        '<span class="w" data-e="5" data-u="7" data-a="6">stellt</span> &lt;heraus&gt; &#x27;' +
        '<span class="w" data-e="8" data-m="0" data-u="7">&lt;b&gt;heraus&lt;/b&gt;</span>',
    )
  })

  it('leaves the references to the popup data where it brings them, and no tab stop unasked', () => {
    const html = germanWordsHtml(words(true), false, 'word-popup')
    expect(html).not.toMatch(/data-|tabindex/)
    expect(html.match(/<span class="w">/g)).toHaveLength(4)
  })

  it('draws a word that can be saved as new from the first paint, and only such a word', () => {
    const savable = (ref: WordRef) => ref.entry !== 5
    const html = germanWordsHtml({ ...words(true), savable }, false, 'word-popup')
    const marked = Array.from(html.matchAll(/<span class="w"( data-s="new")?>([^<]*)</g), (m) => [
      m[2],
      m[1] !== undefined,
    ])
    expect(marked).toEqual([
      ['Der', true],
      ['Gipfel', true],
      ['stellt', false],
      ['&lt;b&gt;heraus&lt;/b&gt;', true],
    ])
  })
})

describe('germanWordSegments', () => {
  it('cuts the words’ HTML before a word once a segment has its characters', () => {
    const segments = germanWordSegments(words(), true, 'word-popup', 8)
    expect(segments.html.join('')).toBe(germanWordsHtml(words(), true, 'word-popup'))
    // Cut before the first word after 8 characters: "2019", then "<b>heraus</b>".
    expect(segments.html).toHaveLength(3)
    expect(segments.html[1]).toMatch(/^2019 <span class="w" data-e="5"[^>]*>stellt<\/span>/u)
    expect(segments.plain).toEqual([
      'Der &quot;Gipfel &amp; <span lang="en">summit</span>',
      '2019 stellt &lt;heraus&gt; &#x27;',
      '&lt;b&gt;heraus&lt;/b&gt;',
    ])
  })

  it('keeps a short block in one segment, and gives an empty block one empty segment', () => {
    expect(germanWordSegments(words(), false, 'word-popup', 1_000).html).toEqual([
      germanWordsHtml(words(), false, 'word-popup'),
    ])
    const empty: BlockWords = { block: { number: 1, parts: [] }, refOf: () => undefined }
    expect(germanWordSegments(empty, false, 'word-popup', 8)).toEqual({ html: [''], plain: [''] })
  })
})

describe('spansHtml', () => {
  it('marks foreign runs with their language and escapes the rest', () => {
    expect(spansHtml(block)).toBe('The <span lang="de">„Deal“ &amp; &lt;mehr&gt;</span> it&#x27;s')
  })
})

describe('BlockPairRow', () => {
  it('places the text as HTML under its block, beside the reveal and speaker buttons', () => {
    const markup = renderToStaticMarkup(
      createElement(BlockPairRow, {
        pair: { number: 1, kind: 'paragraph', de: { ...block, number: 1 }, en: block },
        revealLabel: { text: 'Show translation', lang: 'en' },
        germanHtml: germanWordsHtml(words(), true, 'word-popup'),
        listenLabel: 'Listen',
      }),
    )
    expect(markup).toContain(
      `<p class="block-text">${germanWordsHtml(words(), true, 'word-popup')}</p>`,
    )
    expect(markup).toContain(
      `<p class="block-text" id="en-1" tabindex="-1">${spansHtml(block)}</p>`,
    )
    expect(markup).toContain('aria-controls="en-1"')
  })

  it('shows the segments given as spans, each in an element of its own, the rest as text', () => {
    const segments = germanWordSegments(words(), true, 'word-popup', 8)
    const row = (shown: number) =>
      renderToStaticMarkup(
        createElement(BlockPairRow, {
          pair: { number: 1, kind: 'paragraph', de: { ...block, number: 1 } },
          revealLabel: { text: 'Show translation', lang: 'en' },
          germanHtml: { segments, shown },
          listenLabel: 'Listen',
        }),
      )
    expect(row(0)).toContain(`<p class="block-text">${spansHtml(block)}</p>`)
    expect(row(1)).toContain(
      `<p class="block-text"><span class="block-segment">${segments.html[0]}</span><span class="block-segment">${segments.plain[1]}${segments.plain[2]}</span></p>`,
    )
    expect(row(3)).toContain(
      `<p class="block-text">${segments.html.map((html) => `<span class="block-segment">${html}</span>`).join('')}</p>`,
    )
  })
})
