import { BookError } from '@/lib/books/bookError'
import type { ReadBook } from '@/lib/books/readBook'
import type { BookWorkerResponse, ReadBookRequest } from '@/lib/books/workerProtocol'

export interface BookReading {
  result: Promise<ReadBook>
  /** Stops reading at once: the worker is ended and the promise rejects with an AbortError. */
  cancel(): void
}

/**
 * Reads a book file in a Web Worker, reporting each chapter read. A failure rejects with the
 * BookError the worker met, so the interface can name the file and place.
 */
export function readBookInWorker(
  file: File,
  onProgress: (done: number, total: number) => void,
): BookReading {
  const worker = new Worker(new URL('../../lib/books/bookWorker.ts', import.meta.url), {
    type: 'module',
  })
  let cancel = () => {}
  const result = new Promise<ReadBook>((resolve, reject) => {
    cancel = () => {
      worker.terminate()
      reject(new DOMException('The book import was cancelled.', 'AbortError'))
    }
    worker.onmessage = ({ data }: MessageEvent<BookWorkerResponse>) => {
      if (data.kind === 'progress') return onProgress(data.done, data.total)
      worker.terminate()
      if (data.kind === 'read') resolve(data.result)
      else reject(data.problem ? new BookError(data.problem, data.detail) : new Error(data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'the book reader stopped'))
    }
    void file.arrayBuffer().then(
      (buffer) => {
        const request: ReadBookRequest = { name: file.name, bytes: new Uint8Array(buffer) }
        worker.postMessage(request, [buffer])
      },
      (error: unknown) => {
        worker.terminate()
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
  return { result, cancel: () => cancel() }
}
