import type { Language } from '@/i18n/settings'
import { startAnalysisWorker } from '@/components/shared/analysisWorker'
import type { AnalyseRequest, AnalysisResponse, AnalysedText } from '@/lib/analysis/worker/protocol'
import { toReading, type ImportedReading, type ReadingLabels } from '@/lib/import/reading'

/** The dictionary could not be reached: the text stays readable without its popups. */
export class LookupError extends Error {
  override name = 'LookupError'
}

interface Waiting {
  resolve: (reading: ImportedReading) => void
  reject: (error: Error) => void
}

let worker: Worker | undefined
const waiting = new Map<number, Waiting>()
let lastId = 0

/** The page's one analysis worker, started at the first text analysed and kept for the next. */
function analysisWorker(): Worker {
  if (worker) return worker
  const started = startAnalysisWorker()
  started.onmessage = ({ data }: MessageEvent<AnalysisResponse>) => {
    const asked = waiting.get(data.id)
    if (!asked || (data.kind !== 'analysed' && data.kind !== 'failed')) return
    waiting.delete(data.id)
    if (data.kind === 'failed')
      return asked.reject(data.lookup ? new LookupError(data.message) : new Error(data.message))
    // Named, so that `npm run bench` can report the analysis apart from the network.
    const end = performance.now()
    performance.measure('zk:analyse-import', { start: end - data.ms, end })
    asked.resolve(toReading(data.reading))
  }
  started.onerror = (event) => {
    // A worker that stopped answers nothing more: the next analysis starts a new one.
    worker = undefined
    started.terminate()
    const error = new Error(event.message || 'the analysis stopped')
    for (const asked of waiting.values()) asked.reject(error)
    waiting.clear()
  }
  worker = started
  return started
}

/** FNV-1a: a short name for a text in a cache key. */
function hash(text: string): string {
  let value = 0x811c9dc5
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193)
  return (value >>> 0).toString(36)
}

export interface AnalysisPlace {
  /** What the text is (`text:{id}:{updatedAt}`, `book:{id}:{chapter}`): with the corrections and language, the cache key. */
  key: string
  /** The book whose stored lookups serve it. */
  book?: string
  /** The page's word popup, which the words' HTML names. */
  popupId: string
}

function request(
  text: AnalysedText,
  lng: Language,
  labels: ReadingLabels,
  place: AnalysisPlace,
): AnalyseRequest {
  // Only what the analysis reads crosses to the worker.
  const analysed = {
    de: text.de,
    ...(text.en ? { en: text.en } : {}),
    corrections: text.corrections,
  }
  return {
    kind: 'analyse',
    id: ++lastId,
    // The text itself is in the key: its English and the reader's corrections change the
    // reading, and a book's readings are kept in IndexedDB across visits.
    cacheKey: `${place.key}:${lng}:${place.popupId}:${hash(JSON.stringify(analysed))}`,
    text: analysed,
    lng,
    labels,
    popupId: place.popupId,
    ...(place.book ? { book: place.book } : {}),
  }
}

/**
 * Analyses an imported text or a book's chapter in the analysis worker: its words matched
 * against the curated vocabulary, then against the part of the dictionary they need (stored
 * with a book, else fetched). The page only turns the answer into its view.
 */
export function analyseText(
  text: AnalysedText,
  lng: Language,
  labels: ReadingLabels,
  place: AnalysisPlace,
): Promise<ImportedReading> {
  const asked = request(text, lng, labels, place)
  return new Promise((resolve, reject) => {
    waiting.set(asked.id, { resolve, reject })
    analysisWorker().postMessage(asked)
  })
}

/** Analyses a text the reader is likely to open next, so that it is ready when they do. */
export function analyseAhead(
  text: AnalysedText,
  lng: Language,
  labels: ReadingLabels,
  place: AnalysisPlace,
) {
  analysisWorker().postMessage({ ...request(text, lng, labels, place), ahead: true })
}
