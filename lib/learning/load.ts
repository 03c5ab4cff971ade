import 'server-only'
import { languages, type Language } from '@/i18n/settings'
import type { Text } from '@/lib/content/load'
import { getLexiconFromFile, loadAnnotations, analyseCuratedText } from '@/lib/vocabulary/load'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import { buildTextWords, type TextWords } from './textWords'

/** The senses and lemma counts of a text, for its static `words.json`. */
export function getTextWords(text: Text): TextWords {
  const lexicons = Object.fromEntries(
    languages.map((lng) => [lng, getLexiconFromFile(lng)]),
  ) as Record<Language, Lexicon>
  const matched = analyseCuratedText(text, lexicons.en, loadAnnotations(text.slug))
  const article = new Set(
    text.pairs.filter((pair) => pair.kind !== 'note').map((pair) => pair.number),
  )
  return buildTextWords(matched, lexicons, article)
}
