// A Web Worker: the analysis engine runs here, never on the page's main thread. It analyses
// imported texts and book chapters alike (one path), keeps the last readings in memory, and at
// a book's import looks up all its words and counts its lemmas.
import { fallbackLng } from '@/i18n/settings'
import { postedReading, readImportedText } from '@/lib/import/read'
import type { PostedReading } from '@/lib/import/reading'
import { BookStore } from '@/lib/storage/bookStore'
import { ReadingStore } from '@/lib/storage/readingStore'
import { bookLemmas } from './bookWords'
import type {
  AnalyseRequest,
  AnalysisRequest,
  AnalysisResponse,
  BookWordsRequest,
} from './protocol'
import { ReadingCache } from './readingCache'
import {
  answeredLookups,
  curatedVocabulary,
  fetchLookups,
  LookupError,
  lookupsFromText,
  wordsOf,
} from './sources'

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null
  postMessage(message: AnalysisResponse): void
}
const scope = self as unknown as WorkerScope

/** Readings kept: the chapter shown, the next one analysed ahead, and a few gone back to. */
const CACHED_READINGS = 6
const readings = new ReadingCache<PostedReading>(CACHED_READINGS)
/** How long each reading's analysis took, without the network: the bench reports it. */
const times = new WeakMap<PostedReading, number>()

/**
 * The engine's version for readings kept in IndexedDB: the build's id. The engine's code and
 * the curated vocabulary it fetches are the build's own, so a reading outlives neither.
 */
const ENGINE_VERSION = process.env.ZK_BUILD_ID ?? 'development'
let storedReadings: ReadingStore | undefined

type Lookups = ReturnType<typeof answeredLookups>
/**
 * The stored lookups of the book being read (one book at a time), parsed once; undefined if
 * it has none or they are of an earlier format (the chapter's are then fetched).
 */
let bookLookups: { book: string; lookups: Promise<Lookups | undefined> } | undefined
let books: BookStore | undefined

function storedLookups(book: string): Promise<Lookups | undefined> {
  if (bookLookups?.book !== book) {
    books ??= new BookStore()
    const lookups = books.lookups(book).then((parts) => parts && lookupsFromText(parts))
    bookLookups = { book, lookups }
    lookups.catch(() => {
      if (bookLookups?.lookups === lookups) bookLookups = undefined
    })
  }
  return bookLookups.lookups
}

/**
 * A chapter's reading: kept in IndexedDB from an earlier visit (a book reopens with its
 * popups at once), else made and kept there.
 */
async function readChapter(request: AnalyseRequest & { book: string }): Promise<PostedReading> {
  storedReadings ??= new ReadingStore()
  const store = storedReadings
  // The cache is only a shortcut: a storage failure means analysing, never a failed chapter.
  const kept = await store.get(request.cacheKey, ENGINE_VERSION).catch(() => undefined)
  if (kept) {
    times.set(kept, 0)
    return kept
  }
  const reading = await read(request)
  const stored = { key: request.cacheKey, book: request.book, version: ENGINE_VERSION }
  void store.put({ ...stored, reading }).catch(() => undefined)
  return reading
}

async function read(request: AnalyseRequest): Promise<PostedReading> {
  const stored = request.book ? await storedLookups(request.book).catch(() => undefined) : undefined
  const [curated, lookups] = await Promise.all([
    curatedVocabulary(),
    stored ?? fetchLookups(wordsOf(request.text.de)).then(answeredLookups),
  ])
  const start = performance.now()
  const text = { id: '', title: '', createdAt: 0, updatedAt: 0, ...request.text }
  const reading = postedReading(
    readImportedText(text, curated, lookups, request.lng, request.labels),
    request.popupId,
  )
  times.set(reading, performance.now() - start)
  return reading
}

const failure = (id: number, error: unknown): AnalysisResponse => ({
  kind: 'failed',
  id,
  message: error instanceof Error ? error.message : String(error),
  ...(error instanceof LookupError ? { lookup: true as const } : {}),
})

async function analyse(request: AnalyseRequest) {
  try {
    const { book } = request
    const reading = await readings.get(request.cacheKey, () =>
      book ? readChapter({ ...request, book }) : read(request),
    )
    if (!request.ahead)
      scope.postMessage({ kind: 'analysed', id: request.id, reading, ms: times.get(reading) ?? 0 })
  } catch (error) {
    if (!request.ahead) scope.postMessage(failure(request.id, error))
  }
}

async function bookWords({ id, chapters }: BookWordsRequest) {
  try {
    const lookups = await fetchLookups(wordsOf(chapters.flat()), (done, total) =>
      scope.postMessage({ kind: 'progress', id, stage: 'lookup', done, total }),
    )
    const curated = await curatedVocabulary()
    const sources = { curated: curated[fallbackLng], ...answeredLookups(lookups) }
    const lemmas = bookLemmas(chapters, sources, (done, total) =>
      scope.postMessage({ kind: 'progress', id, stage: 'analyse', done, total }),
    )
    scope.postMessage({ kind: 'bookWords', id, words: { lookups, lemmas } })
  } catch (error) {
    scope.postMessage(failure(id, error))
  }
}

scope.onmessage = ({ data }) => void (data.kind === 'analyse' ? analyse(data) : bookWords(data))
