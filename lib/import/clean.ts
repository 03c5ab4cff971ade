import { normalizeSource } from '@/lib/content/source'

/** An imported text may be this long: a long novel chapter, far more than a reading session. */
export const MAX_IMPORT_LENGTH = 200_000

export type ImportProblem = 'empty' | 'tooLong' | 'binary'

/** Why a pasted or uploaded text cannot be imported; the interface says it in words. */
export class ImportError extends Error {
  override name = 'ImportError'
  constructor(
    readonly problem: ImportProblem,
    readonly detail: { length?: number } = {},
  ) {
    super(problem)
  }
}

// Invisible characters that change nothing a reader sees but break matching and can hide
// or reorder text: zero-width spaces and joiners, word joiners, bidi embeddings, overrides
// and isolates, and control characters other than tab and line breaks.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu

export interface CleanText {
  text: string
  /** What was taken out, so the interface can say so. */
  removed: { zeroWidth: number; bidi: number; control: number }
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

/**
 * Reads text for import: binary input refused, line endings, BOM and Unicode normalised as
 * for curated texts, invisible and control characters removed and counted. No length limit:
 * a book's chapters are cleaned one by one.
 */
export function stripInvisible(raw: string): CleanText {
  // A file that is not text: NUL bytes, or many characters the decoder could not read.
  const replacements = count(raw, /\uFFFD/gu)
  if (raw.includes('\u0000') || replacements > Math.max(8, raw.length / 100))
    throw new ImportError('binary')
  const source = normalizeSource(raw)
  const removed = {
    zeroWidth: count(source, ZERO_WIDTH),
    bidi: count(source, BIDI),
    control: count(source, CONTROL),
  }
  const text = source
    .replace(ZERO_WIDTH, '')
    .replace(BIDI, '')
    .replace(CONTROL, '')
    .replace(/[ \t]+$/gmu, '')
    .trim()
  return { text, removed }
}

/**
 * Reads pasted or uploaded text for import (see stripInvisible). Empty, over-long and binary
 * input is refused with an ImportError, never half-imported.
 */
export function cleanImportText(raw: string): CleanText {
  const cleaned = stripInvisible(raw)
  const { text } = cleaned
  if (text === '') throw new ImportError('empty')
  if (text.length > MAX_IMPORT_LENGTH) throw new ImportError('tooLong', { length: text.length })
  return cleaned
}
