import type { TextStore } from '@/lib/storage/textStore'
import type { ImportedText } from '@/lib/import/types'
import { getTextStore } from '@/components/storage/textStore'

export interface OpenedText {
  text: ImportedText
  store: TextStore
}

/** An imported text from this device's storage, or undefined when it is not here. */
export async function openImportedText(id: string): Promise<OpenedText | undefined> {
  const store = getTextStore()
  const text = await store.get(id)
  return text && { text, store }
}
