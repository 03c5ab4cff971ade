/** A lookup asked of a lookup thread: the route's words (distinct, NFC, each a lookup word). */
export interface LookupTask {
  id: number
  words: readonly string[]
}

/**
 * A lookup thread's answer: the answer's JSON as UTF-8 bytes (encoded in the thread and
 * transferred, not copied), or why it failed.
 */
export type LookupResult =
  { id: number; body: Uint8Array<ArrayBuffer> } | { id: number; error: string }
