import { downloadFile } from '@/components/shared/download'
import { sharedFileName, toSharedText } from '@/lib/import/shared'
import type { ImportedText } from '@/lib/import/types'

/** Downloads the file to share a text with (its translation and corrections); returns its name. */
export function shareText(text: ImportedText): string {
  const name = sharedFileName(text.title)
  downloadFile(name, `${JSON.stringify(toSharedText(text), null, 2)}\n`, 'application/json')
  return name
}
