import { posOfEntry, lemmatizeText, type Analysis } from '@/lib/dictionary/lemmatize'
import type { DictEntry, Dictionary } from '@/lib/dictionary/dictionary'
import { firstGloss, popupGloss } from '@/lib/dictionary/senses'
import type { Span } from '@/lib/content/types'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import { matchText, type MatchedText, type WordToken } from '@/lib/vocabulary/match'
import type { Entry } from '@/lib/vocabulary/schema'

/**
 * Entries drafted from Ding have the sense id `#ding-<pos>` (Honig#ding-noun): the lemma
 * stays the key's lemma, so a word's status is shared with its curated entry, and the popup
 * marks the gloss as the dictionary's.
 */
const DICTIONARY_SENSE = '#ding-'

export const dictionaryKey = (lemma: string, pos: string) => `${lemma}${DICTIONARY_SENSE}${pos}`

export const isDictionaryKey = (key: string) => key.includes(DICTIONARY_SENSE)

/** An entry for the popup from a Ding reading: its first senses, and the other readings. */
export function entryFromDictionary(
  analysis: Analysis,
  entry: DictEntry,
  others: Analysis[],
  alsoLabel = 'also',
): Entry {
  const draft: Entry = {
    pos: analysis.pos,
    gloss: popupGloss(entry.senses),
  } as Entry
  if (analysis.pos === 'noun' && entry.gender) {
    draft.gender = entry.gender
    if (entry.plural) draft.plural = `die ${entry.plural}`
  }
  if (analysis.parts?.every((part) => part.entry))
    draft.compound = analysis.parts.map((part) => ({
      part: part.text,
      gloss: firstGloss(part.entry!.senses[0]!),
    }))
  // Ambiguity is said, not hidden: the other lemmas this form may have.
  const alternatives = [...new Set(others.map((other) => other.lemma))].filter(
    (l) => l !== analysis.lemma,
  )
  if (alternatives.length) draft.note = `${alsoLabel}: ${alternatives.slice(0, 3).join(', ')}`
  return draft
}

/**
 * A separable verb Ding knows (räumen … auf) is one unit, as curated ones are: its particle
 * leaves the curated preposition it was matched to and joins the verb.
 */
function joinParticle(
  matched: MatchedText,
  blockNumber: number,
  verb: WordToken,
  key: string,
  lemma: string,
  analysed: ReadonlyMap<number, { analyses: Analysis[] }>,
  starts: ReadonlyMap<WordToken, number>,
) {
  const particle = [...starts.keys()].find(
    (word) =>
      word !== verb &&
      word.index > verb.index &&
      analysed.get(starts.get(word)!)?.analyses[0]?.source === 'separable' &&
      analysed.get(starts.get(word)!)?.analyses[0]?.lemma === lemma,
  )
  if (!particle) return
  particle.entry = key
  particle.morph = []
  const unit = {
    id: matched.units.length,
    block: blockNumber,
    kind: 'separable' as const,
    entry: key,
    words: [verb.index, particle.index],
  }
  matched.units.push(unit)
  verb.units.push(unit.id)
  particle.units.push(unit.id)
}

export interface AnalysedImport {
  matched: MatchedText
  /** The curated lexicon plus the entries drafted from Ding for this text. */
  lexicon: Lexicon
  /** Words neither the curated vocabulary nor Ding knows. */
  unknown: number
}

/**
 * Matches an imported text like a curated one, curated entries first; every word they do
 * not cover gets the lemmatiser's best reading from Ding, as an entry marked as the
 * dictionary's. Pure: the same on the server and in the browser.
 */
export function analyseImport(
  blocks: readonly { number: number; spans: readonly Span[] }[],
  curated: Lexicon,
  dictionary: Dictionary,
  /** Introduces the other lemmas a form may have, in the interface language. */
  alsoLabel?: string,
): AnalysedImport {
  const matched = matchText(blocks, curated)
  const entries = new Map(curated.entries)
  const keysByLemma = new Map(curated.keysByLemma)
  let unknown = 0
  for (const block of matched.blocks) {
    const uncovered = block.parts.filter(
      (part): part is WordToken =>
        part.kind === 'word' && part.entry === undefined && part.number === undefined,
    )
    if (uncovered.length === 0) continue
    const analysed = new Map(
      lemmatizeText(block.parts.map((part) => part.text).join(''), dictionary).map((word) => [
        word.start,
        word,
      ]),
    )
    let offset = 0
    const starts = new Map<WordToken, number>()
    for (const part of block.parts) {
      if (part.kind === 'word') starts.set(part, offset)
      offset += part.text.length
    }
    for (const word of uncovered) {
      const reading = analysed.get(starts.get(word)!)
      const best = reading?.analyses[0]
      // A form the curated vocabulary does not list (Häusern) of a lemma it has keeps the
      // curated entry: curated glosses always come before the dictionary's.
      const curatedKey =
        best && best.source !== 'unknown'
          ? curated.keysByLemma
              .get(best.lemma)
              ?.find((key) => curated.entries.get(key)?.pos === best.pos)
          : undefined
      if (curatedKey) {
        word.entry = curatedKey
        if (best!.source === 'separable')
          joinParticle(matched, block.number, word, curatedKey, best!.lemma, analysed, starts)
        continue
      }
      const entry =
        best?.entry ??
        (best && dictionary.entries(best.lemma).find((e) => posOfEntry(e) === best.pos))
      if (!best || !entry || best.source === 'unknown') {
        unknown++
        continue
      }
      const key = dictionaryKey(best.lemma, best.pos)
      if (!entries.has(key)) {
        entries.set(key, entryFromDictionary(best, entry, reading.analyses.slice(1), alsoLabel))
        keysByLemma.set(best.lemma, [...(keysByLemma.get(best.lemma) ?? []), key])
      }
      word.entry = key
      if (best.source === 'separable')
        joinParticle(matched, block.number, word, key, best.lemma, analysed, starts)
    }
  }
  matched.uncovered = matched.uncovered.filter((u) => {
    const block = matched.blocks.find((b) => b.number === u.block)
    const word = block?.parts.find((p) => p.kind === 'word' && p.index === u.index)
    return word?.kind === 'word' && word.entry === undefined
  })
  return { matched, lexicon: { ...curated, entries, keysByLemma }, unknown }
}
