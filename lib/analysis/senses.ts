import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { Reading } from './readings'
import type { Role } from './roles'

/**
 * The curated sense a reading shows: the first of the senses its role asks for that the
 * vocabulary has (werden#passive), else the lemma's first sense of that part of speech.
 */
export function senseKeyOf(
  reading: Reading,
  role: Role | undefined,
  curated: Lexicon,
): string | undefined {
  const keys = (curated.keysByLemma.get(reading.lemma) ?? []).filter(
    (key) => curated.entries.get(key)?.pos === reading.pos,
  )
  if (keys.length === 0) return undefined
  if (role && role.pos === reading.pos)
    for (const sense of role.senses) {
      const key = keys.find((candidate) => candidate.endsWith(`#${sense}`))
      if (key) return key
    }
  return keys[0]
}
