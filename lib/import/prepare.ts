import { splitImportBlocks, type ImportBlock } from './blocks'
import { cleanImportText, ImportError, type ImportProblem } from './clean'

/** A file larger than this is not a text to read in one sitting (and would freeze the field). */
export const MAX_UPLOAD_BYTES = 1_000_000
/** A title taken from the text's first line is cut to about this many characters. */
export const TITLE_LENGTH = 80

export interface FieldProblem {
  problem: ImportProblem
  length?: number
}

export type PreparedImport =
  | { ok: false; de?: FieldProblem; en?: FieldProblem }
  | {
      ok: true
      title: string
      de: ImportBlock[]
      /** Empty when there is no translation. */
      en: ImportBlock[]
      /** Invisible characters taken out of both sides, so the interface can say so. */
      removed: number
    }

/** Whether text read from a file is not text at all (NUL bytes, undecodable bytes). */
export function isBinaryText(text: string): boolean {
  try {
    cleanImportText(text)
    return false
  } catch (error) {
    return error instanceof ImportError && error.problem === 'binary'
  }
}

/** The first line of the German, without heading or note marks, cut at a word near 80 characters. */
export function defaultTitle(german: string): string {
  const line = (german.split('\n').find((l) => l.trim()) ?? '')
    .trim()
    .replace(/^#{1,6}\s+|^>\s?/u, '')
    .trim()
  if (line.length <= TITLE_LENGTH) return line
  const space = line.lastIndexOf(' ', TITLE_LENGTH)
  return `${line.slice(0, space > TITLE_LENGTH / 2 ? space : TITLE_LENGTH).trimEnd()}…`
}

/** Blocks back as text that splitImportBlocks reads as the same blocks: for editing again. */
export function blocksToText(blocks: readonly ImportBlock[]): string {
  const marks = { heading: '# ', note: '> ', paragraph: '' } as const
  return blocks.map((block) => `${marks[block.kind]}${block.text}`).join('\n\n')
}

function clean(raw: string): { text: string; removed: number } | FieldProblem {
  try {
    const { text, removed } = cleanImportText(raw)
    return { text, removed: removed.zeroWidth + removed.bidi + removed.control }
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    return { problem: error.problem, ...error.detail }
  }
}

/**
 * Reads the import form: both sides cleaned and split into blocks, every problem of both
 * sides reported at once. An empty translation means none; the title defaults to the first
 * German line.
 */
export function prepareImport(form: { title: string; de: string; en: string }): PreparedImport {
  const de = clean(form.de)
  const en = form.en.trim() ? clean(form.en) : { text: '', removed: 0 }
  if ('problem' in de || 'problem' in en)
    return {
      ok: false,
      ...('problem' in de ? { de } : {}),
      ...('problem' in en ? { en } : {}),
    }
  return {
    ok: true,
    title: form.title.trim() || defaultTitle(de.text),
    de: splitImportBlocks(de.text),
    en: en.text ? splitImportBlocks(en.text) : [],
    removed: de.removed + en.removed,
  }
}
