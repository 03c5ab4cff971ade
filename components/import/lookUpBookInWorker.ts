import { startAnalysisWorker } from '@/components/shared/analysisWorker'
import type { AnalysisResponse, BookWords, BookWordsRequest } from '@/lib/analysis/worker/protocol'
import type { BookBlock } from '@/lib/books/types'

export type BookWordsStage = 'lookup' | 'analyse'

export interface BookLookup {
  result: Promise<BookWords>
  /** Stops at once: the worker is ended and the promise rejects with an AbortError. */
  cancel(): void
}

/** The dictionary could not be reached (offline, or the server failed): the book imports without. */
export class BookLookupError extends Error {
  override name = 'BookLookupError'
}

/**
 * Looks up every word of a book in the batches the server allows, then counts its lemmas
 * form by form, in an analysis worker of its own; each step is reported.
 */
export function lookUpBookInWorker(
  chapters: BookBlock[][],
  onProgress: (stage: BookWordsStage, done: number, total: number) => void,
): BookLookup {
  const worker = startAnalysisWorker()
  let cancel = () => {}
  const result = new Promise<BookWords>((resolve, reject) => {
    cancel = () => {
      worker.terminate()
      reject(new DOMException('The book import was cancelled.', 'AbortError'))
    }
    worker.onmessage = ({ data }: MessageEvent<AnalysisResponse>) => {
      if (data.kind === 'progress') return onProgress(data.stage, data.done, data.total)
      worker.terminate()
      if (data.kind === 'bookWords') resolve(data.words)
      else if (data.kind === 'failed')
        reject(data.lookup ? new BookLookupError(data.message) : new Error(data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'the analysis stopped'))
    }
    const request: BookWordsRequest = { kind: 'bookWords', id: 1, chapters }
    worker.postMessage(request)
  })
  return { result, cancel: () => cancel() }
}
