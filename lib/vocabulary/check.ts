import { headwordOfKey, lemmaOfKey, type Lexicon } from './lexicon'
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

/**
 * Entries that no word or unit of any text points to. The vocabulary also serves imported
 * texts, so such an entry is not wrong: `vocab:check` lists them for an editor.
 */
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

/** The words of a name, without initials: "Franklin D. Roosevelt" → Franklin, Roosevelt. */
function nameWords(key: string): string[] {
  return headwordOfKey(key)
    .split(/[\s.]+/u)
    .filter((word) => word.length > 1)
}

/**
 * The names the texts' notes explain, which therefore belong to those texts: every proper
 * noun a note is written for, with the other parts of the full names it is part of (a note
 * on "Wladimir" makes "Wladimir" and, through "Wladimir Putin", "Putin" such a name).
 */
export function namesInTextNotes(
  vocabulary: VocabularyFile,
  notes: Iterable<ReadonlyMap<string, string>>,
): Set<string> {
  const names = new Set<string>()
  for (const file of notes) {
    for (const key of file.keys()) {
      if (vocabulary[key]?.pos === 'propn') for (const word of nameWords(key)) names.add(word)
    }
  }
  for (const [key, entry] of Object.entries(vocabulary)) {
    const words = nameWords(key)
    if (entry.pos === 'propn' && words.some((word) => names.has(word)))
      for (const word of words) names.add(word)
  }
  return names
}

/** Whole words only, with boundaries that know "ü": \b would find "here" in "frühere". */
const words = (source: string, flags = 'iu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags)

/**
 * Wording that ties an explanation to one text: "here: history", "(here)", "; here Putin's
 * first name", "hier:", "in this text", "im Text", "block 6". A plain "here" ("Come here!")
 * is not one.
 */
export const textMarkers: readonly RegExp[] = [
  words('blocks? \\d+'),
  words('(?:here|hier)\\s*:'),
  /[;,(]\s*(?:here|hier)(?![\p{L}\p{N}])/iu,
  words('in (?:this|the) (?:text|article|story)'),
  words('[Ii](?:m|n diesem|n dem) (?:Text|Artikel)', 'u'),
  words('in dieser Geschichte'),
]

/**
 * Entries that are meant for every text but speak of one: a text marker, or a name the
 * texts' notes explain. An entry may name itself and the full names it is part of (the
 * entry "Obama" may say "Barack").
 */
export function textSpecificEntries(
  name: string,
  vocabulary: VocabularyFile,
  names: ReadonlySet<string>,
): string[] {
  const propnWords = Object.entries(vocabulary)
    .filter(([, entry]) => entry.pos === 'propn')
    .map(([key]) => nameWords(key))
  const problems: string[] = []
  for (const [key, entry] of Object.entries(vocabulary)) {
    const own = new Set(nameWords(key))
    const related = new Set([
      ...own,
      ...propnWords.filter((words) => words.some((word) => own.has(word))).flat(),
    ])
    const texts: [string, string | undefined][] = [
      ['gloss', entry.gloss],
      ['note', entry.note],
      ['example', entry.example],
      ...(entry.compound ?? []).map((part): [string, string] => [
        `part "${part.part}"`,
        part.gloss,
      ]),
    ]
    for (const [field, text] of texts) {
      if (!text) continue
      const marker = textMarkers.map((pattern) => pattern.exec(text)?.[0]).find(Boolean)
      if (marker) problems.push(`${name}: entry "${key}" ${field} says "${marker}"`)
      for (const person of names) {
        if (related.has(person)) continue
        if (words(`${escape(person)}(?:['’]?s)?`, 'u').test(text))
          problems.push(`${name}: entry "${key}" ${field} names "${person}", who belongs to a text`)
      }
    }
  }
  return problems
}
