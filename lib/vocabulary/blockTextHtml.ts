import type { Block } from '@/lib/content/types'
import type { BlockPart } from '@/lib/vocabulary/match'
import type { BlockWords } from '@/lib/vocabulary/present'

// A block's text as HTML, which `BlockPairRow` places with `dangerouslySetInnerHTML`: a text's
// ~3,000 words and spaces then travel once in the page's React payload, as one string per
// block, and React neither builds nor hydrates them. Nothing in them needs React: the popup,
// the marks, the sentences and read-along reach the words through the DOM. An imported text's
// or a book chapter's HTML is made in the analysis worker (`postedReading`), so the page
// receives strings, not the thousands of objects of the words' analysis.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
}

/** Escapes text and attribute values for HTML. */
export const escapeHtml = (value: string | number) =>
  String(value).replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)

const attributes = (list: Record<string, string | number | undefined>) =>
  Object.entries(list)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')

const plainHtml = (text: string, lang: string | undefined) =>
  lang ? `<span${attributes({ lang })}>${escapeHtml(text)}</span>` : escapeHtml(text)

/** Joins neighbouring plain runs of the same language into one text node. */
function mergePlain(parts: readonly BlockPart[]): BlockPart[] {
  const merged: BlockPart[] = []
  for (const part of parts) {
    const last = merged[merged.length - 1]
    if (part.kind === 'plain' && last?.kind === 'plain' && last.lang === part.lang) {
      merged[merged.length - 1] = { ...last, text: last.text + part.text }
    } else merged.push(part)
  }
  return merged
}

/** A block as it was written, its foreign-language runs marked with their language. */
export const spansHtml = (block: Block) =>
  block.spans.map((span) => plainHtml(span.text, span.lang)).join('')

/** The learning mark of a word not saved (see BlockWords.savable and attachLearning). */
const NEW_MARK = 'new'

/** One part of a block as HTML: a word as a span (or text, without a reference), or plain text. */
interface PartHtml {
  html: string
  /** The same part as plain text: how it reads before its words are spans. */
  plain: string
  word: boolean
  /** Characters of text. */
  length: number
}

function germanPartsHtml(words: BlockWords, tabStop: boolean, popupId: string): PartHtml[] {
  let stopPlaced = !tabStop
  return mergePlain(words.block.parts).map((part) => {
    const plain = plainHtml(part.text, part.kind === 'plain' ? part.lang : undefined)
    const length = part.text.length
    if (part.kind === 'plain') return { html: plain, plain, word: false, length }
    const ref = words.refOf(part.index)
    if (!ref) return { html: plain, plain, word: true, length }
    const stop = !stopPlaced
    stopPlaced = true
    // Only the attributes a word has; a curated page's words have none (its popup's data
    // brings them).
    const own = words.refsInPopupData
      ? {}
      : {
          'data-e': ref.entry,
          'data-m': ref.morph,
          'data-u': ref.units.length ? ref.units.join(' ') : undefined,
          'data-a': ref.alternative,
        }
    const mark = words.savable?.(ref) ? { 'data-s': NEW_MARK } : {}
    const focus = stop
      ? { tabindex: 0, role: 'button', 'aria-haspopup': 'dialog', 'aria-controls': popupId }
      : {}
    const html = `<span${attributes({ class: 'w', ...own, ...mark, ...focus })}>${plain}</span>`
    return { html, plain, word: true, length }
  })
}

/**
 * The German words as spans that name their entry, their analysis and their units; the popup
 * reads these attributes, so no word needs a component or a listener of its own. With
 * `tabStop`, the block's first word holds the reader's one tab stop (roving tabindex).
 */
export const germanWordsHtml = (words: BlockWords, tabStop: boolean, popupId: string) =>
  germanPartsHtml(words, tabStop, popupId)
    .map((part) => part.html)
    .join('')

/**
 * A block's words in segments, each as spans (`html`) and as plain text (`plain`): the
 * segments' `html` joined is `germanWordsHtml`, their `plain` joined the block's text. A
 * reader can turn a long block's words into spans a segment at a time, so that no frame
 * styles and lays out more new spans than it can in a few milliseconds.
 */
export interface WordSegments {
  html: string[]
  plain: string[]
}

/**
 * `germanWordsHtml` cut into segments of about `segmentChars` characters of text (more only
 * for a single longer word), each cut before a word.
 */
export function germanWordSegments(
  words: BlockWords,
  tabStop: boolean,
  popupId: string,
  segmentChars: number,
): WordSegments {
  const segments: WordSegments = { html: [], plain: [] }
  let html = ''
  let plain = ''
  let chars = 0
  for (const part of germanPartsHtml(words, tabStop, popupId)) {
    if (part.word && chars >= segmentChars) {
      segments.html.push(html)
      segments.plain.push(plain)
      html = plain = ''
      chars = 0
    }
    html += part.html
    plain += part.plain
    chars += part.length
  }
  if (html || segments.html.length === 0) {
    segments.html.push(html)
    segments.plain.push(plain)
  }
  return segments
}
