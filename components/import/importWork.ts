import type { ImportBlock } from '@/lib/import/blocks'
import { MAX_UPLOAD_BYTES } from '@/lib/import/prepare'
import { parseSharedTextFile, SharedTextError } from '@/lib/import/shared'
import type { ImportedText } from '@/lib/import/types'
import { getTextStore } from '@/components/storage/textStore'

// The import page's work, loaded when the reader first acts: the cleaning and storage code
// (Dexie, zod/mini) never delays the form.
export { MAX_IMPORT_LENGTH } from '@/lib/import/clean'
export { blocksToText, isBinaryText, MAX_UPLOAD_BYTES, prepareImport } from '@/lib/import/prepare'

/** Whether a chosen file is an EPUB book, by its name or type (its bytes are checked later). */
export function isBookFile(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.epub$/iu.test(file.name) || file.type === 'application/epub+zip'
}

/** Both sides and the corrections, as JSON: room for two full texts and their escaping. */
const MAX_SHARED_BYTES = 4 * MAX_UPLOAD_BYTES

export function saveText(text: {
  title: string
  de: ImportBlock[]
  en?: ImportBlock[]
}): Promise<ImportedText> {
  return getTextStore().add(text)
}

/** Reads a shared text file and adds it (or merges it into the same text already here). */
export async function openSharedFile(file: File): Promise<ImportedText> {
  if (file.size > MAX_SHARED_BYTES) {
    const error = new SharedTextError('the file is larger than 4 MB')
    error.file = file.name
    throw error
  }
  return getTextStore().importShared(parseSharedTextFile(await file.text(), file.name))
}
