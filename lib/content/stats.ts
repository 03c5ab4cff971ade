import { countWords } from '../text/tokenize'
import type { BlockPair } from './align'

/**
 * Learners read a foreign language far slower than natives (~250 wpm); 100 words a minute is
 * a fair pace for an intermediate learner reading with a translation beside the text.
 */
export const LEARNER_WORDS_PER_MINUTE = 100

/** Words of the German text itself: headings and paragraphs, not the re-publisher's notes. */
export function germanWordCount(pairs: BlockPair[]): number {
  return pairs
    .filter((pair) => pair.kind !== 'note')
    .reduce((sum, pair) => sum + countWords(pair.de.text), 0)
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / LEARNER_WORDS_PER_MINUTE))
}
