/** How a lookup's body is encoded for the client (see contentCoding). */
export type Coding = 'gzip' | 'deflate' | 'identity'

/**
 * A lookup asked of a lookup thread: the request's query string as it came (see lookupWords),
 * and how the client takes the answer.
 */
export interface LookupTask {
  id: number
  query: string
  coding: Coding
}

/**
 * A lookup's outcome: 200 and the answer's JSON, or 400 and why the route refuses the request,
 * as UTF-8 bytes in the coding asked (made in the thread and transferred, not copied).
 */
export interface LookupReply {
  status: 200 | 400
  body: Uint8Array<ArrayBuffer>
}

/** A lookup thread's message: the outcome, or why building it failed. */
export type LookupResult = { id: number } & (LookupReply | { error: string })
