import * as z from 'zod/mini'
import { parseJsonFile } from '@/lib/validation/browserZod'
import { MAX_IMPORT_LENGTH } from './clean'
import type { ImportedText } from './types'

export const SHARED_TEXT_FORMAT = 'zweiklang-text'

const block = z.object({
  kind: z.enum(['heading', 'paragraph', 'note']),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_IMPORT_LENGTH)),
})

const translationSource = z.object({
  by: z.literal('machine'),
  edited: z.array(z.int().check(z.nonnegative())),
})

const sharedTextSchema = z.object({
  format: z.literal(SHARED_TEXT_FORMAT),
  version: z.literal(1),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  de: z.array(block).check(z.minLength(1)),
  en: z.optional(z.array(block)),
  translation: z.optional(translationSource),
  corrections: z.record(z.string(), z.string().check(z.maxLength(2000))),
})
export type SharedText = z.infer<typeof sharedTextSchema>

export const importedTextSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  de: z.array(block).check(z.minLength(1)),
  en: z.optional(z.array(block)),
  translation: z.optional(translationSource),
  corrections: z.record(z.string(), z.string()),
  createdAt: z.int(),
  updatedAt: z.int(),
}) satisfies z.ZodMiniType<ImportedText>

export class SharedTextError extends Error {
  override name = 'SharedTextError'
  /** The file that was read, once it is known, so the message can name it. */
  file?: string
}

/** The file a teacher shares: the text, its translation and the corrected glosses. */
export function toSharedText(text: ImportedText): SharedText {
  return {
    format: SHARED_TEXT_FORMAT,
    version: 1,
    title: text.title,
    de: text.de,
    // A translation still under way is not shared: the file pairs blocks one to one.
    ...(text.en?.length === text.de.length
      ? { en: text.en, ...(text.translation ? { translation: text.translation } : {}) }
      : {}),
    corrections: text.corrections,
  }
}

/** `Die Großmutter: im Garten!` → `die-grossmutter-im-garten.zweiklang.json` */
export function sharedFileName(title: string): string {
  const slug = title
    .replace(/ß/gu, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '')
  return `${slug || 'text'}.zweiklang.json`
}

/** Reads a shared text file, with an error that names what is wrong and where. */
export function parseSharedText(raw: string): SharedText {
  const text = parseJsonFile(raw, sharedTextSchema, (message) => new SharedTextError(message))
  const length = [...text.de, ...(text.en ?? [])].reduce((sum, b) => sum + b.text.length, 0)
  if (length > 2 * MAX_IMPORT_LENGTH) throw new SharedTextError('the text is too long')
  if (text.en && text.en.length !== text.de.length)
    throw new SharedTextError(`en: ${text.en.length} blocks for ${text.de.length} German blocks`)
  // Whose English each block is: the machine's unless named as edited by the reader.
  if (text.translation && !text.en) throw new SharedTextError('translation: no English to mark')
  const outside = text.translation?.edited.findIndex((at) => at >= text.de.length) ?? -1
  if (outside >= 0)
    throw new SharedTextError(
      `translation.edited.${outside}: no German block ${text.translation!.edited[outside]}`,
    )
  return text
}

/** Reads a shared text from its file: an error names the file as well. */
export function parseSharedTextFile(raw: string, file: string): SharedText {
  try {
    return parseSharedText(raw)
  } catch (error) {
    if (error instanceof SharedTextError) error.file = file
    throw error
  }
}
