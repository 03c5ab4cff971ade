/** A lookup asked of a lookup thread: the request's query string as it came (see lookupWords). */
export interface LookupTask {
  id: number
  query: string
}

/**
 * A lookup's outcome: the answer's JSON as UTF-8 bytes (encoded in the thread and transferred,
 * not copied), or why the route refuses the request (a 400).
 */
export type LookupReply = { body: Uint8Array<ArrayBuffer> } | { refused: string }

/** A lookup thread's message: the outcome, or why building it failed. */
export type LookupResult = { id: number } & (LookupReply | { error: string })
