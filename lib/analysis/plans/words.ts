import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { isLookupWord } from '../lookup'

/**
 * How many words of each frequency list the plans file plans: the subtitles' list whole, the
 * most frequent of Wikipedia's. Each in two spellings (as listed, lowercase, and capitalised,
 * as a noun or a sentence's first word is written).
 */
export const PLANNED_LIST_WORDS = { commonWords: 12_558, wikipedia: 20_000 } as const

/**
 * The words whose plans the server has ahead (PLANS_FILE): German words by frequency, from
 * the npm package @zxcvbn-ts/language-de (MIT; its `commonWords` are ranked from film and TV
 * subtitles, its `wikipedia` from German Wikipedia). A build input only, and no part of the
 * texts the load test asks about (scripts/lib/lookupSamples.ts): the plans file is not tuned
 * to the measurement. In list order, each word once.
 */
export function plannedWords(): string[] {
  const require = createRequire(import.meta.url)
  const folder = require
    .resolve('@zxcvbn-ts/language-de/package.json')
    .replace(/package\.json$/u, '')
  const list = (name: keyof typeof PLANNED_LIST_WORDS) =>
    (JSON.parse(readFileSync(`${folder}src/${name}.json`, 'utf8')) as string[]).slice(
      0,
      PLANNED_LIST_WORDS[name],
    )
  const words = new Set<string>()
  for (const word of [...list('commonWords'), ...list('wikipedia')]) {
    const listed = word.normalize('NFC')
    for (const spelling of [listed, listed.charAt(0).toUpperCase() + listed.slice(1)])
      if (isLookupWord(spelling)) words.add(spelling)
  }
  return [...words]
}
