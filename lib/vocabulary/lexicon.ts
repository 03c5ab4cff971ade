import { languages, type Language } from '@/i18n/settings'
import type { Entry, LexiconFile, VocabularyFile } from './schema'

/** One reading of a word form: its lemma and the analyses of the form (may be empty). */
export interface Analysis {
  lemma: string
  morph: string[]
}

export interface PhrasePattern {
  entry: string
  tokens: string[]
}

/** Everything matching needs, built once from a vocabulary file and `content/lexicon.json`. */
export interface Lexicon {
  entries: ReadonlyMap<string, Entry>
  /** Entry keys by lemma, in file order: the first is the default sense. */
  keysByLemma: ReadonlyMap<string, readonly string[]>
  forms: ReadonlyMap<string, readonly Analysis[]>
  phrases: readonly PhrasePattern[]
}

/** `der#article` → `der`, `sich herausstellen` → `herausstellen`. */
export function lemmaOfKey(key: string): string {
  return key.replace(/#.*$/u, '').replace(/^sich /u, '')
}

/** The form a reader looks up: the key without its sense id (`sich herausstellen`, `der`). */
export function headwordOfKey(key: string): string {
  return key.replace(/#.*$/u, '')
}

export function buildLexicon(vocabulary: VocabularyFile, lexicon: LexiconFile): Lexicon {
  const entries = new Map(Object.entries(vocabulary))
  const keysByLemma = new Map<string, string[]>()
  for (const key of entries.keys()) {
    const lemma = lemmaOfKey(key)
    keysByLemma.set(lemma, [...(keysByLemma.get(lemma) ?? []), key])
  }
  const forms = new Map(
    Object.entries(lexicon.forms).map(([form, analyses]) => [
      form,
      analyses.map(({ lemma, morph }) => ({
        lemma,
        morph: morph === undefined ? [] : typeof morph === 'string' ? [morph] : morph,
      })),
    ]),
  )
  return { entries, keysByLemma, forms, phrases: lexicon.phrases }
}

/** Every language's curated entries with the shared forms and phrases, as `/vocabulary.json` serves them. */
export interface CuratedVocabulary {
  vocabulary: Record<Language, VocabularyFile>
  lexicon: LexiconFile
}

export function curatedLexicons(curated: CuratedVocabulary): Record<Language, Lexicon> {
  return Object.fromEntries(
    languages.map((lng) => [lng, buildLexicon(curated.vocabulary[lng], curated.lexicon)]),
  ) as Record<Language, Lexicon>
}
