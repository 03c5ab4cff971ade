import { lemmaOfKey, type Lexicon } from './lexicon'
import type { MatchedText } from './match'
import { grammarFields, type Entry, type LexiconFile, type VocabularyFile } from './schema'

/** Keys in one language file but not the other, and grammar the two files disagree on. */
export function compareLanguages(files: { name: string; vocabulary: VocabularyFile }[]): string[] {
  const problems: string[] = []
  const [first, ...others] = files
  if (!first) return problems
  for (const other of others) {
    for (const [a, b] of [
      [first, other],
      [other, first],
    ] as const) {
      for (const key of Object.keys(a.vocabulary)) {
        if (!(key in b.vocabulary))
          problems.push(`${b.name}: entry "${key}" is missing (it is in ${a.name})`)
      }
    }
    for (const [key, entry] of Object.entries(first.vocabulary)) {
      const twin = other.vocabulary[key]
      if (!twin) continue
      for (const field of grammarFields) {
        if (JSON.stringify(entry[field]) !== JSON.stringify(twin[field])) {
          problems.push(
            `${other.name}: entry "${key}" ${field} is ${JSON.stringify(twin[field])}, but ${JSON.stringify(entry[field])} in ${first.name}`,
          )
        }
      }
      const parts = (e: Entry) => JSON.stringify(e.compound?.map((p) => p.part))
      if (parts(entry) !== parts(twin)) {
        problems.push(
          `${other.name}: entry "${key}" has other compound parts than in ${first.name}`,
        )
      }
    }
  }
  return problems
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * A monolingual explanation must not use the word it explains: neither the lemma nor one of
 * its forms may appear as a whole word in the gloss or note.
 */
export function explanationsUsingTheirLemma(
  name: string,
  vocabulary: VocabularyFile,
  lexicon: LexiconFile,
): string[] {
  const formsOf = new Map<string, string[]>()
  for (const [form, analyses] of Object.entries(lexicon.forms)) {
    for (const { lemma } of analyses) formsOf.set(lemma, [...(formsOf.get(lemma) ?? []), form])
  }
  const problems: string[] = []
  for (const [key, entry] of Object.entries(vocabulary)) {
    const lemma = lemmaOfKey(key)
    const words = [...lemma.split(' '), ...(formsOf.get(lemma) ?? [])].filter((w) => w.length > 1)
    const explanation = [entry.gloss, entry.note].filter(Boolean).join(' ')
    const used = words.find((word) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu').test(explanation),
    )
    if (used) problems.push(`${name}: entry "${key}" explains itself with "${used}"`)
  }
  return problems
}

/** Forms and phrases that point nowhere, so matching can never use them. */
export function danglingLexicon(lexiconFile: LexiconFile, lexicon: Lexicon): string[] {
  const problems: string[] = []
  const separableLemmas = [...lexicon.entries]
    .filter(([, entry]) => entry.separable)
    .map(([key]) => lemmaOfKey(key))
  for (const [form, analyses] of Object.entries(lexiconFile.forms)) {
    for (const { lemma } of analyses) {
      const known =
        lexicon.keysByLemma.has(lemma) ||
        separableLemmas.some((separable) => separable !== lemma && separable.endsWith(lemma))
      if (!known)
        problems.push(
          `content/lexicon.json: form "${form}" points to "${lemma}", which has no entry`,
        )
    }
  }
  for (const phrase of lexiconFile.phrases) {
    if (!lexicon.entries.has(phrase.entry)) {
      problems.push(
        `content/lexicon.json: phrase "${phrase.tokens.join(' ')}" points to "${phrase.entry}", which has no entry`,
      )
    }
  }
  return problems
}

/** The entries a matched text shows: those of its words and of its units. */
export function entriesUsedBy(text: MatchedText): Set<string> {
  const used = new Set<string>()
  for (const unit of text.units) used.add(unit.entry)
  for (const block of text.blocks) {
    for (const part of block.parts) if (part.kind === 'word' && part.entry) used.add(part.entry)
  }
  return used
}

/** Entries that no word or unit of any text points to. */
export function unusedEntries(lexicon: Lexicon, texts: readonly MatchedText[]): string[] {
  const used = new Set(texts.flatMap((text) => [...entriesUsedBy(text)]))
  return [...lexicon.entries.keys()].filter((key) => !used.has(key))
}

/**
 * What is wrong with a text's notes: a note for an entry the vocabulary does not have, or
 * for one the text never shows (it would never be seen). Messages name the entry, not the file.
 */
export function textNoteProblems(
  notes: ReadonlyMap<string, string>,
  lexicon: Lexicon,
  text: MatchedText,
): string[] {
  const used = entriesUsedBy(text)
  const problems: string[] = []
  for (const key of notes.keys()) {
    if (!lexicon.entries.has(key)) problems.push(`entry "${key}" is not in the vocabulary`)
    else if (!used.has(key)) problems.push(`entry "${key}" is not used by this text`)
  }
  return problems
}
