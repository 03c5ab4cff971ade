import type { Language } from '@/i18n/settings'
import type { TextWords } from '@/lib/learning/textWords'
import type { MatchedBlock } from '@/lib/vocabulary/match'
import type { WordSegments } from '@/lib/vocabulary/blockTextHtml'
import type { PopupData, PresentLabels, WordRef } from '@/lib/vocabulary/present'

// What the analysis worker sends the page: plain data that crosses `postMessage` (structured
// clone), and the page's view of it. Nothing here imports the engine, so the reader's bundle
// stays without it.

/** One block's words, and each word's reference into the popup data by its index (or null). */
export interface BlockReading {
  block: MatchedBlock
  refs: (WordRef | null)[]
}

export interface OriginalGloss {
  /** In the interface language. */
  gloss: string
  source?: 'dictionary'
  glosses: Record<Language, string>
}

/**
 * A text's analysis as data: what the reader needs for its popups, as a curated page has it
 * from the server. Readers of this type should ignore fields they do not know: the worker's
 * output may carry more.
 */
export interface ImportedReadingData {
  blocks: BlockReading[]
  data: PopupData
  /** Senses with their glosses in every language, kept with a saved word. */
  words: TextWords
  /** Words neither the curated vocabulary nor the dictionary knows: their popup says so. */
  unknown: number
  /** Each shown entry's gloss before the reader's correction: what "use the original" goes back to. */
  originals: Record<string, OriginalGloss>
}

export interface ReadingLabels {
  present: PresentLabels
  /** Marks the sense the text's translation chose: "meaning in this text". */
  inText?: string
}

/**
 * One block's German words as HTML in segments (`germanWordSegments`), by the block's number:
 * a reader turns a long block's words into spans a segment at a time.
 */
export interface BlockHtml extends WordSegments {
  number: number
}

/**
 * The reading as the worker posts it: strings. Each block's words are HTML, and the popup's
 * data, the senses and the original glosses are JSON, parsed on the page when first used. A
 * string crosses `postMessage` as a copy of its bytes, where the same reading as objects
 * (some 35,000 for a 4,000-word chapter, 26,000 of them its analysed words) was rebuilt one
 * by one on the main thread when the message arrived: a 20–60 ms task at every chapter opened.
 */
export interface PostedReading {
  html: BlockHtml[]
  /** `PopupData` as JSON. */
  data: string
  /** `TextWords` as JSON. */
  words: string
  unknown: number
  /** `originals` as JSON. */
  originals: string
}

/** The reading as the reader's components use it: blocks' HTML by number, originals by key. */
export interface ImportedReading extends Pick<ImportedReadingData, 'data' | 'words' | 'unknown'> {
  html: ReadonlyMap<number, WordSegments>
  original: (key: string) => OriginalGloss | undefined
}

/** `JSON.parse(text)` the first time it is asked for, the same object after. */
function parsedOnce<T>(text: string): () => T {
  let parsed: T | undefined
  return () => (parsed ??= JSON.parse(text) as T)
}

/**
 * The page's view of a reading that came from the worker. Nothing is parsed until it is
 * used: the popup's data when the popup attaches, the senses when a word is saved, the
 * originals when a gloss is corrected; each in a task of its own.
 */
export function toReading(reading: PostedReading): ImportedReading {
  const data = parsedOnce<PopupData>(reading.data)
  const words = parsedOnce<TextWords>(reading.words)
  const originals = parsedOnce<Record<string, OriginalGloss>>(reading.originals)
  return {
    html: new Map(reading.html.map(({ number, html, plain }) => [number, { html, plain }])),
    get data() {
      return data()
    },
    get words() {
      return words()
    },
    unknown: reading.unknown,
    original: (key) => (Object.hasOwn(originals(), key) ? originals()[key] : undefined),
  }
}
