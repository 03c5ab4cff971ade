// A Web Worker: reading a book (unzipping, parsing every chapter's XHTML) takes seconds on a
// phone and never runs on the page's main thread. saxes parses in a worker, where there is
// no DOMParser.
import { BookError } from './bookError'
import { readBook } from './readBook'
import type { BookWorkerResponse, ReadBookRequest } from './workerProtocol'

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadBookRequest>) => void) | null
  postMessage(message: BookWorkerResponse): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  try {
    const result = readBook(data, (done, total) =>
      scope.postMessage({ kind: 'progress', done, total }),
    )
    scope.postMessage({ kind: 'read', result })
  } catch (error) {
    scope.postMessage(
      error instanceof BookError
        ? { kind: 'failed', problem: error.problem, detail: error.detail, message: error.message }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
    )
  }
}
