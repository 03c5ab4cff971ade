/** A lookup asked of a lookup thread: the route's words (distinct, NFC, each a lookup word). */
export interface LookupTask {
  id: number
  words: readonly string[]
}

/** A lookup thread's answer: the answer's JSON text, or why it failed. */
export type LookupResult = { id: number; json: string } | { id: number; error: string }
