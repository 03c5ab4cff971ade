import { fallbackLng, languages, type Language } from '@/i18n/settings'
import type { AnalysisSources } from '@/lib/analysis/readings'
import { buildTextWords } from '@/lib/learning/textWords'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { Entry } from '@/lib/vocabulary/schema'
import { buildPopupData, savableIn } from '@/lib/vocabulary/present'
import { germanWordSegments } from '@/lib/vocabulary/blockTextHtml'
import type { WordToken } from '@/lib/vocabulary/match'
import { analyseText } from '@/lib/analysis/engine'
import { isDictionaryKey } from '@/lib/analysis/draft'
import { pairsOf } from './pairs'
import type { ImportedText } from './types'
import type { ImportedReadingData, OriginalGloss, PostedReading, ReadingLabels } from './reading'

export type { ImportedReadingData, OriginalGloss, ReadingLabels } from './reading'

/** The English lexicon with a language's curated entries in place of the English ones. */
function inLanguage(english: Lexicon, curated: Lexicon): Lexicon {
  const entries = new Map(english.entries)
  for (const [key, entry] of curated.entries) entries.set(key, entry)
  return { ...english, entries }
}

/**
 * Analyses an imported text for the reader in `lng`: curated entries first, the dictionary
 * for the rest, and the reader's corrections over both. A corrected entry is one object in
 * every language, so the popup does not offer "its English" twice.
 */
export function readImportedText(
  text: ImportedText,
  curated: Record<Language, Lexicon>,
  /** The dictionary and the morphological lexicon, whole or the part the text needs. */
  lookups: Omit<AnalysisSources, 'curated'>,
  lng: Language,
  labels: ReadingLabels,
): ImportedReadingData {
  const pairs = pairsOf(text)
  const de = pairs.map((pair) => pair.de)
  // With a translation, the dictionary sense the aligned English block uses comes first.
  const translations = new Map(
    pairs.flatMap((pair) =>
      pair.en ? [[pair.de.number, pair.en.spans.map((span) => span.text).join('')] as const] : [],
    ),
  )
  const analysed = analyseText(
    de,
    { curated: curated[fallbackLng], ...lookups },
    {
      translations,
      ...(labels.inText ? { inTextLabel: labels.inText } : {}),
    },
  )
  const corrections = new Map<string, Entry>()
  for (const [key, gloss] of Object.entries(text.corrections)) {
    const entry = analysed.lexicon.entries.get(key)
    if (entry) corrections.set(key, { ...entry, gloss })
  }
  const corrected = (lexicon: Lexicon): Lexicon => ({
    ...lexicon,
    entries: new Map([...lexicon.entries, ...corrections]),
  })
  const uncorrected = Object.fromEntries(
    languages.map((language) => [
      language,
      language === fallbackLng ? analysed.lexicon : inLanguage(analysed.lexicon, curated[language]),
    ]),
  ) as Record<Language, Lexicon>
  const lexicons = Object.fromEntries(
    languages.map((language) => [language, corrected(uncorrected[language])]),
  ) as Record<Language, Lexicon>
  const original = (key: string): OriginalGloss | undefined => {
    // A word no source reads has no gloss to go back to.
    if (unreadKeys.has(key))
      return {
        gloss: '',
        glosses: Object.fromEntries(languages.map((language) => [language, ''])) as Record<
          Language,
          string
        >,
      }
    const entry = uncorrected[lng].entries.get(key)
    if (!entry) return undefined
    const glosses = Object.fromEntries(
      languages.map((language) => [language, uncorrected[language].entries.get(key)!.gloss]),
    ) as Record<Language, string>
    return {
      gloss: entry.gloss,
      ...(isDictionaryKey(key) ? { source: 'dictionary' } : {}),
      glosses,
    }
  }
  const { data, refOf } = buildPopupData(
    analysed.matched,
    lexicons[lng],
    labels.present,
    lng === fallbackLng ? undefined : lexicons[fallbackLng],
  )
  const unreadKeys = new Set<string>()
  for (const entry of data.entries) {
    if (entry.unread) {
      unreadKeys.add(entry.unread)
      const gloss = Object.hasOwn(text.corrections, entry.unread)
        ? text.corrections[entry.unread]
        : undefined
      if (gloss) Object.assign(entry, { gloss, source: 'correction' })
    }
    if (!entry.key) continue
    if (corrections.has(entry.key)) entry.source = 'correction'
    else if (isDictionaryKey(entry.key)) entry.source = 'dictionary'
  }
  // Only the entries shown can be corrected, so only theirs travel with the reading.
  const originals: Record<string, OriginalGloss> = {}
  for (const entry of data.entries) {
    const key = entry.key ?? entry.unread
    const gloss = key === undefined ? undefined : original(key)
    if (key !== undefined && gloss) originals[key] = gloss
  }
  const prose = new Set(pairs.filter((pair) => pair.kind !== 'note').map((pair) => pair.number))
  return {
    blocks: analysed.matched.blocks.map((block) => ({
      block,
      refs: block.parts
        .filter((part): part is WordToken => part.kind === 'word')
        .map((word) => refOf(word) ?? null),
    })),
    data,
    words: buildTextWords(analysed.matched, lexicons, prose),
    unknown: analysed.unknown,
    originals,
  }
}

/**
 * Characters of text in one segment of a block's words (about 90 words): a reader that adds
 * a segment's spans at a time restyles and lays out that many new words in a frame, a few
 * milliseconds, where a long paragraph's (1,000 words and more in a novel) took 50–80 ms.
 */
export const WORD_SEGMENT_CHARS = 600

/**
 * A reading as the worker posts it. The first block holds the text's one tab stop (the
 * popup's roving focus), which opens `popupId`.
 */
export function postedReading(reading: ImportedReadingData, popupId: string): PostedReading {
  const { blocks, data, words, unknown, originals } = reading
  const savable = savableIn(data)
  return {
    data: JSON.stringify(data),
    words: JSON.stringify(words),
    unknown,
    originals: JSON.stringify(originals),
    html: blocks.map(({ block, refs }, i) => ({
      number: block.number,
      ...germanWordSegments(
        { block, refOf: (index: number) => refs[index] ?? undefined, savable },
        i === 0,
        popupId,
        WORD_SEGMENT_CHARS,
      ),
    })),
  }
}
