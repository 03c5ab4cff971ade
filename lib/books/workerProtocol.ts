import type { BookProblem, BookProblemDetail } from './bookError'
import type { ReadBook } from './readBook'

/** Asks the book worker to read a file; the bytes are transferred, not copied. */
export interface ReadBookRequest {
  name: string
  bytes: Uint8Array
}

export type BookWorkerResponse =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'read'; result: ReadBook }
  /** A BookError, by its problem and where; anything else by its message. */
  | { kind: 'failed'; problem?: BookProblem; detail?: BookProblemDetail; message: string }
