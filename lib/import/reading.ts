import type { Language } from '@/i18n/settings'
import type { TextWords } from '@/lib/learning/textWords'
import type { MatchedBlock } from '@/lib/vocabulary/match'
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

/** One block's German words as HTML (`germanWordsHtml`), by the block's number. */
export interface BlockHtml {
  number: number
  html: string
}

/**
 * The reading as the worker posts it: each block's words already HTML. Strings cross
 * `postMessage` as a copy of their bytes, where a 4,000-word chapter's analysed blocks were
 * some 40,000 objects, rebuilt one by one on the page's main thread when the message arrived
 * (a long task at every chapter opened).
 */
export interface PostedReading extends Omit<ImportedReadingData, 'blocks'> {
  html: BlockHtml[]
}

/** The reading as the reader's components use it: blocks' HTML by number, originals by key. */
export interface ImportedReading extends Omit<PostedReading, 'html' | 'originals'> {
  html: ReadonlyMap<number, string>
  original: (key: string) => OriginalGloss | undefined
}

/** The page's view of a reading that came from the worker; cheap, nothing is copied. */
export function toReading(reading: PostedReading): ImportedReading {
  const { html, originals, ...rest } = reading
  return {
    ...rest,
    html: new Map(html.map((block) => [block.number, block.html])),
    original: (key) => (Object.hasOwn(originals, key) ? originals[key] : undefined),
  }
}
