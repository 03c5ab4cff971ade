import type { Language } from '@/i18n/settings'
import type { BookBlock } from '@/lib/books/types'
import type { PostedReading, ReadingLabels } from '@/lib/import/reading'
import type { ImportedText } from '@/lib/import/types'
import type { TextLemmas } from '@/lib/learning/progress'

/** The part of a text the analysis reads. */
export type AnalysedText = Pick<ImportedText, 'de' | 'en' | 'corrections'>

/** Analyse one text or chapter; the answer is an `analysed` message with the same id. */
export interface AnalyseRequest {
  kind: 'analyse'
  id: number
  /** The same key gets the same reading: the worker answers it from its cache. */
  cacheKey: string
  text: AnalysedText
  lng: Language
  labels: ReadingLabels
  /** The page's word popup, which the words' HTML names (the first word opens it by key). */
  popupId: string
  /** A book whose lookups were stored at import: they are read from IndexedDB, not fetched. */
  book?: string
  /** Analysed ahead of need (the next chapter): only cached, no answer. */
  ahead?: true
}

/**
 * At a book's import: look up all its words (in batches the server allows) and count its
 * lemmas (form by form, see bookLemmas), for the library's share of words known.
 */
export interface BookWordsRequest {
  kind: 'bookWords'
  id: number
  chapters: BookBlock[][]
}

export type AnalysisRequest = AnalyseRequest | BookWordsRequest

/** What a book keeps of its analysis: the lookups' responses as sent, and its lemma counts. */
export interface BookWords {
  /** Each lookup request's JSON response, kept as text: stored and read back without a parse. */
  lookups: string[]
  lemmas: TextLemmas
}

export type AnalysisResponse =
  | { kind: 'analysed'; id: number; reading: PostedReading; ms: number }
  | { kind: 'progress'; id: number; stage: 'lookup' | 'analyse'; done: number; total: number }
  | { kind: 'bookWords'; id: number; words: BookWords }
  /** `lookup` when the dictionary could not be reached: the text stays readable without it. */
  | { kind: 'failed'; id: number; message: string; lookup?: true }
