import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { contentRoot } from '../content/load'
import { ContentError } from '../content/errors'
import type { Text } from '../content/load'
import { languages } from '@/i18n/settings'
import { textNoteProblems } from './check'
import { buildLexicon, type CuratedVocabulary, type Lexicon } from './lexicon'
import type { MatchedText } from './match'
import { analyseText } from '@/lib/analysis/engine'
import { serverSources } from '@/lib/analysis/serverSources'
import type { AnnotationsFile, LexiconFile } from './schema'
import {
  parseAnnotationsFile,
  parseJson,
  parseLexiconFile,
  parseTextNotesFile,
  parseVocabularyFile,
} from './validate'

function readJsonFile(root: string, relative: string, file: string): unknown {
  let raw: string
  try {
    raw = readFileSync(/*turbopackIgnore: true*/ path.join(root, relative), 'utf8')
  } catch {
    throw new ContentError(file, 'is missing or unreadable')
  }
  return parseJson(raw, file)
}

export function loadLexiconFile(root = contentRoot()): LexiconFile {
  return parseLexiconFile(
    readJsonFile(root, 'lexicon.json', 'content/lexicon.json'),
    'content/lexicon.json',
  )
}

export function annotationsFileName(slug: string): string {
  return `content/${slug}/vocabulary.json`
}

/** A text's annotations; a text that needs none may leave the file out. */
export function loadAnnotations(slug: string, root = contentRoot()): AnnotationsFile {
  const relative = `${slug}/vocabulary.json`
  if (!existsSync(/*turbopackIgnore: true*/ path.join(root, relative)))
    return { senses: [], units: [] }
  const file = annotationsFileName(slug)
  return parseAnnotationsFile(readJsonFile(root, relative, file), file)
}

/** What some entries mean in one text, by entry key, in one interface language. */
export type TextNotes = ReadonlyMap<string, string>

export function textNotesFileName(slug: string, lng: string): string {
  return `content/${slug}/notes.${lng}.json`
}

/** A text's notes in one language; a text that needs none may leave the file out. */
export function loadTextNotes(slug: string, lng: string, root = contentRoot()): TextNotes {
  const relative = `${slug}/notes.${lng}.json`
  if (!existsSync(/*turbopackIgnore: true*/ path.join(root, relative))) return new Map()
  const file = textNotesFileName(slug, lng)
  return new Map(Object.entries(parseTextNotesFile(readJsonFile(root, relative, file), file)))
}

/**
 * A text's notes, checked against the vocabulary and the text: a note for an entry the
 * vocabulary lacks or the text never shows fails, naming the file and the entry.
 */
export function loadTextNotesOrThrow(
  text: Pick<Text, 'slug'>,
  lng: string,
  lexicon: Lexicon,
  matched: MatchedText,
  root = contentRoot(),
): TextNotes {
  const notes = loadTextNotes(text.slug, lng, root)
  const problems = textNoteProblems(notes, lexicon, matched)
  if (problems.length > 0)
    throw new ContentError(textNotesFileName(text.slug, lng), problems.join('; '))
  return notes
}

/** The German words of a text's blocks, which is what the vocabulary covers. */
export function germanBlocks(text: Pick<Text, 'pairs'>) {
  return text.pairs.map((pair) => ({ number: pair.number, spans: pair.de.spans }))
}

/**
 * Analyses a curated text with the one engine, the whole dictionary beside the curated
 * vocabulary, and fails, naming the annotation file, on annotations that do not fit.
 */
export function analyseCuratedText(
  text: Pick<Text, 'slug' | 'pairs'>,
  lexicon: Lexicon,
  annotations: AnnotationsFile,
): MatchedText {
  const { matched } = analyseText(germanBlocks(text), serverSources(lexicon), {
    annotations,
    reviewed: true,
  })
  if (matched.problems.length > 0) {
    throw new ContentError(annotationsFileName(text.slug), matched.problems.join('; '))
  }
  return matched
}

const lexicons = new Map<string, Lexicon>()

/**
 * The lexicon of one interface language, from its vocabulary namespace as i18next loaded
 * it. Validated once per process; a malformed file stops the build with its name.
 */
export function getLexicon(lng: string, bundle: unknown): Lexicon {
  let lexicon = lexicons.get(lng)
  if (!lexicon) {
    const vocabulary = parseVocabularyFile(bundle ?? {}, `locales/${lng}/vocabulary.json`)
    lexicon = buildLexicon(vocabulary, loadLexiconFile())
    lexicons.set(lng, lexicon)
  }
  return lexicon
}

/**
 * The curated vocabulary as the browser receives it for imported texts: every language's
 * entries and the shared forms and phrases, validated here, rebuilt there with buildLexicon.
 */
export function getCuratedVocabulary(): CuratedVocabulary {
  const root = path.join(contentRoot(), '..')
  const vocabulary = Object.fromEntries(
    languages.map((lng) => {
      const file = `locales/${lng}/vocabulary.json`
      return [lng, parseVocabularyFile(readJsonFile(root, file, file), file)]
    }),
  ) as CuratedVocabulary['vocabulary']
  return { vocabulary, lexicon: loadLexiconFile() }
}

/** A language's lexicon read from its file, for code that runs outside a page's i18next. */
export function getLexiconFromFile(lng: string): Lexicon {
  const file = `locales/${lng}/vocabulary.json`
  return getLexicon(lng, readJsonFile(path.join(contentRoot(), '..'), file, file))
}
