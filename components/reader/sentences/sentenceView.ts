import { spanOf } from '@/lib/alignment/sentencePairs'
import { WORD } from '@/components/popup/wordSpans'
import type { ReaderSentences } from './readerSentences'
import { rangeOf } from './textRanges'

/** The element the sentence view is built in: empty in the page, filled in the browser. */
export const SENTENCE_VIEW = '.sentence-view'
/** One link of the view: its German sentence(s) above the English one(s). */
export const SENTENCE_LINK = '.sv-link'

function side(language: 'de' | 'en', pair: number, heading: boolean, content: Node) {
  const block = document.createElement('div')
  block.className = `block ${language}`
  block.lang = language
  block.dataset.pair = String(pair)
  const text = document.createElement(heading ? 'h2' : 'p')
  text.className = 'block-text'
  text.append(content)
  block.append(text)
  return block
}

/**
 * Builds the sentence-by-sentence view from the reader's rows: per block pair, each link's
 * German sentences with its English ones under them. The German is a copy of the page's own
 * word spans (with their data and marks), so the popup, marks and keys work on it as on the
 * rows; the copies are the same `.block.de[data-pair]` structure that saving a word reads.
 */
export function buildSentenceView(container: HTMLElement, sentences: ReaderSentences) {
  const rows = sentences.pairs().flatMap((pair) => {
    const found = sentences.of(pair)
    if (!found) return []
    const { pairing, german, english } = found
    const heading = german.tagName === 'H2'
    const group = document.createElement('div')
    group.className = `sv-pair${heading ? ' sv-heading' : ''}`
    pairing.links.forEach((link, index) => {
      const row = document.createElement('div')
      row.className = 'sv-link'
      row.dataset.pair = String(pair)
      row.dataset.link = String(index)
      const de = spanOf(pairing.de, link.de)
      const en = spanOf(pairing.en, link.en)
      const deRange = de && rangeOf(german, de.start, de.end)
      const enRange = en && english && rangeOf(english, en.start, en.end)
      if (de && deRange) {
        row.dataset.start = String(de.start)
        row.append(side('de', pair, heading, deRange.cloneContents()))
      }
      if (enRange) row.append(side('en', pair, heading, enRange.cloneContents()))
      group.append(row)
    })
    return [group]
  })
  container.replaceChildren(...rows)
}

/** The view's row of a link, if the view is built. */
export function linkRow(root: HTMLElement, pair: number, link: number): HTMLElement | undefined {
  return (
    root.querySelector<HTMLElement>(
      `${SENTENCE_VIEW} ${SENTENCE_LINK}[data-pair="${pair}"][data-link="${link}"]`,
    ) ?? undefined
  )
}

/** Gives a word the reader's one tab stop, as the popup's roving focus does. */
export function makeTabStop(word: HTMLElement, popupId: string | undefined) {
  word.tabIndex = 0
  word.setAttribute('role', 'button')
  word.setAttribute('aria-haspopup', 'dialog')
  if (popupId) word.setAttribute('aria-controls', popupId)
}

/** Keeps one tab stop among the words inside `within` (the view shown, or the rows). */
export function keepTabStop(root: HTMLElement, within: string) {
  if (root.querySelector(`${within} ${WORD}[tabindex]`)) return
  const first = root.querySelector<HTMLElement>(`${within} ${WORD}`)
  if (!first) return
  for (const other of root.querySelectorAll<HTMLElement>(`${WORD}[tabindex]`)) {
    other.removeAttribute('tabindex')
    other.removeAttribute('role')
    other.removeAttribute('aria-haspopup')
    other.removeAttribute('aria-controls')
  }
  makeTabStop(first, root.querySelector('.word-popup')?.id)
}
