import type { Block } from '@/lib/content/types'
import type { BlockWords } from '@/lib/vocabulary/present'
import { mergePlain } from './GermanText'
import { SPEAKER_ICON_PATH, pairClassName, type BlockPairRowProps } from './BlockPairRow'

/**
 * A curated text's rows as HTML, byte for byte what `BlockPairRow` renders (a unit test holds
 * them together). The curated reader places this string with `dangerouslySetInnerHTML`, so
 * its ~3,000 text nodes and spans travel once in the React payload, as one string, and React
 * neither builds nor hydrates them: the text is static, and the popup, marks, sentences and
 * read-along reach it through the DOM. Imported texts and books, rendered in the browser,
 * keep `BlockPairRow`.
 */
export type PairRowInput = Omit<BlockPairRowProps, 'englishFooter'>

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
}
/** Escapes text and attribute values as React's server renderer does. */
export const escapeHtml = (value: string | number) =>
  String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const attrs = (list: Record<string, string | number | undefined>) =>
  Object.entries(list)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`)
    .join('')

function spansHtml(block: Block) {
  return block.spans
    .map((span) =>
      span.lang
        ? `<span${attrs({ lang: span.lang })}>${escapeHtml(span.text)}</span>`
        : escapeHtml(span.text),
    )
    .join('')
}

function germanHtml(words: BlockWords, tabStop: boolean, popupId: string) {
  let stopPlaced = !tabStop
  return mergePlain(words.block.parts)
    .map((part) => {
      if (part.kind === 'plain') {
        return part.lang
          ? `<span${attrs({ lang: part.lang })}>${escapeHtml(part.text)}</span>`
          : escapeHtml(part.text)
      }
      const ref = words.refOf(part.index)
      if (!ref) return escapeHtml(part.text)
      const stop = !stopPlaced
      stopPlaced = true
      const own = words.refsInPopupData
        ? {}
        : {
            'data-e': ref.entry,
            'data-m': ref.morph,
            'data-u': ref.units.length ? ref.units.join(' ') : undefined,
            'data-a': ref.alternative,
          }
      const focus = stop
        ? { tabindex: 0, role: 'button', 'aria-haspopup': 'dialog', 'aria-controls': popupId }
        : {}
      return `<span${attrs({ class: 'w', ...own, ...focus })}>${escapeHtml(part.text)}</span>`
    })
    .join('')
}

const blockTag = (block: Block) => (block.kind === 'heading' ? 'h2' : 'p')

/** One row, as `BlockPairRow` renders it without an English footer. */
export function pairRowHtml({
  pair,
  revealLabel,
  words,
  tabStop,
  popupId,
  listenLabel,
}: PairRowInput) {
  const germanTag = blockTag(pair.de)
  const german = words ? germanHtml(words, tabStop, popupId) : spansHtml(pair.de)
  const speaker =
    `<button${attrs({ type: 'button', class: 'speak-block', 'aria-label': listenLabel })} hidden="">` +
    `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">` +
    `<path${attrs({ d: SPEAKER_ICON_PATH })}></path></svg></button>`
  let english = ''
  if (pair.en) {
    const englishId = `en-${pair.number}`
    const englishTag = blockTag(pair.en)
    english =
      `<div${attrs({ class: 'block en', lang: 'en', 'data-pair': pair.number })}>` +
      `<button${attrs({ type: 'button', class: 'reveal', 'aria-expanded': 'false', 'aria-controls': englishId, lang: revealLabel.lang })}>` +
      `${escapeHtml(revealLabel.text)}</button>` +
      `<${englishTag}${attrs({ class: 'block-text', id: englishId, tabindex: -1 })}>${spansHtml(pair.en)}</${englishTag}>` +
      `</div>`
  }
  return (
    `<div${attrs({ class: pairClassName(pair) })}>` +
    `<div${attrs({ class: 'block de', lang: 'de', 'data-pair': pair.number })}>` +
    `<${germanTag}${attrs({ class: 'block-text' })}>${german}</${germanTag}>${speaker}</div>` +
    `${english}</div>`
  )
}

/** The column headings over a text with a translation, as `ReaderShell` renders them. */
export function pairColumnsHtml(columns: { german: string; english: string }) {
  return (
    `<div class="pair pair-columns" aria-hidden="true">` +
    `<span class="block de">${escapeHtml(columns.german)}</span>` +
    `<span class="block en">${escapeHtml(columns.english)}</span></div>`
  )
}
