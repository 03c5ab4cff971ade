import type { z } from 'zod'
import { ContentError } from '../content/errors'
import {
  annotationsFileSchema,
  lexiconFileSchema,
  vocabularyFileSchema,
  type AnnotationsFile,
  type LexiconFile,
  type VocabularyFile,
} from './schema'

/** Parses JSON, naming the file (and the position JSON.parse reports) when it is malformed. */
export function parseJson(raw: string, file: string): unknown {
  try {
    return JSON.parse(raw.replace(/^\uFEFF/u, '')) as unknown
  } catch (error) {
    throw new ContentError(file, `is not valid JSON (${(error as Error).message})`)
  }
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
