import type { WordStatus } from './types'

/** How often each lemma occurs in a text: the word list a text's page ships for progress. */
export type TextLemmas = Record<string, number>

export interface TextProgress {
  /** Running words whose lemma is known, learning or new; ignored words (names) don't count. */
  known: number
  learning: number
  new: number
  /** Share of the running words known, 0–1. */
  knownShare: number
}

export function textProgress(
  lemmas: TextLemmas,
  statusOf: (key: string) => WordStatus,
): TextProgress {
  const totals = { known: 0, learning: 0, new: 0 }
  for (const [key, count] of Object.entries(lemmas)) {
    const status = statusOf(key)
    if (status !== 'ignored') totals[status] += count
  }
  const counted = totals.known + totals.learning + totals.new
  return { ...totals, knownShare: counted === 0 ? 0 : totals.known / counted }
}
