import { languages, type Language } from '@/i18n/settings'
import { headwordOfKey, lemmaOfKey, type Lexicon } from '@/lib/vocabulary/lexicon'
import type { MatchedText } from '@/lib/vocabulary/match'
import type { TextLemmas } from './progress'
import type { SenseInfo } from './types'

/**
 * What a text's learning features need beyond its page: each sense it uses with the gloss in
 * every interface language (kept with a saved word), and how often each lemma occurs in the
 * article (the library's progress). Served as one static JSON file per text.
 */
export interface TextWords {
  senses: Record<string, SenseInfo>
  lemmas: TextLemmas
}

export function buildTextWords(
  matched: MatchedText,
  lexicons: Record<Language, Lexicon>,
  articleBlocks: ReadonlySet<number>,
): TextWords {
  const senses: Record<string, SenseInfo> = {}
  const addSense = (key: string) => {
    if (senses[key]) return
    const entry = lexicons.en.entries.get(key)
    if (!entry) throw new Error(`no entry "${key}"`)
    senses[key] = {
      sense: key,
      lemma: headwordOfKey(key),
      pos: entry.pos,
      ...(entry.gender ? { gender: entry.gender } : {}),
      glosses: Object.fromEntries(
        languages.map((lng) => [lng, lexicons[lng].entries.get(key)?.gloss ?? entry.gloss]),
      ) as Record<Language, string>,
    }
  }
  for (const unit of matched.units) addSense(unit.entry)
  for (const block of matched.blocks)
    for (const part of block.parts)
      if (part.kind === 'word' && part.entry !== undefined) addSense(part.entry)
  return { senses, lemmas: countLemmas(matched, articleBlocks) }
}

/**
 * How often each lemma occurs in the article's blocks (not in notes), added to `into`: a
 * book's counts are its chapters' summed.
 */
export function countLemmas(
  matched: Pick<MatchedText, 'blocks'>,
  articleBlocks: ReadonlySet<number>,
  into: TextLemmas = {},
): TextLemmas {
  for (const block of matched.blocks) {
    if (!articleBlocks.has(block.number)) continue
    for (const part of block.parts) {
      if (part.kind !== 'word' || part.entry === undefined) continue
      const key = lemmaOfKey(part.entry)
      into[key] = (into[key] ?? 0) + 1
    }
  }
  return into
}
