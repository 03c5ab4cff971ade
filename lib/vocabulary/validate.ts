import { visit } from 'jsonc-parser'
import type { z } from 'zod'
import { ContentError } from '../content/errors'
import {
  annotationsFileSchema,
  lexiconFileSchema,
  textNotesFileSchema,
  vocabularyFileSchema,
  type AnnotationsFile,
  type LexiconFile,
  type TextNotesFile,
  type VocabularyFile,
} from './schema'

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`
}

/**
 * Keys that occur twice in one object. JSON.parse keeps the last silently, so an entry
 * written twice would lose the first without a word.
 */
export function duplicateKeys(text: string): string[] {
  const found: string[] = []
  const objects: Set<string>[] = []
  visit(text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, offset) => {
      const keys = objects.at(-1)
      if (keys?.has(key)) found.push(`key "${key}" appears twice (${lineAndColumn(text, offset)})`)
      keys?.add(key)
    },
  })
  return found
}

/** Parses JSON, naming the file and the place when it is malformed or repeats a key. */
export function parseJson(raw: string, file: string): unknown {
  const text = raw.replace(/^\uFEFF/u, '')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/u.exec(message)?.[1]
    const place = position === undefined ? '' : ` at ${lineAndColumn(text, Number(position))}`
    throw new ContentError(file, `is not valid JSON${place} (${message})`)
  }
  const duplicates = duplicateKeys(text)
  if (duplicates.length > 0) throw new ContentError(file, duplicates.join('; '))
  return value
}

function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return ''
  const [head, ...rest] = path
  const field = rest.map(String).join('.')
  return typeof head === 'string'
    ? `entry "${head}"${field ? ` ${field}` : ''}: `
    : `${path.join('.')}: `
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string, describe = where): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const messages = result.error.issues.map((issue) => `${describe(issue.path)}${issue.message}`)
  throw new ContentError(file, messages.join('; '))
}

export function parseVocabularyFile(value: unknown, file: string): VocabularyFile {
  return parseWith(vocabularyFileSchema, value, file)
}

export function parseLexiconFile(value: unknown, file: string): LexiconFile {
  return parseWith(lexiconFileSchema, value, file, (path) =>
    path.length ? `${path.map(String).join(' ')}: ` : '',
  )
}

export function parseAnnotationsFile(value: unknown, file: string): AnnotationsFile {
  return parseWith(annotationsFileSchema, value, file, (path) =>
    path.length ? `${path.map(String).join(' ')}: ` : '',
  )
}

export function parseTextNotesFile(value: unknown, file: string): TextNotesFile {
  return parseWith(textNotesFileSchema, value, file)
}
