import { liveQuery } from 'dexie'
import { getTextStore } from '@/components/storage/textStore'
import type { ImportedText } from '@/lib/import/types'
import { toStorageError, type StorageError } from '@/lib/storage/storageError'
import { countWords } from '@/lib/text/tokenize'

// The library's imported texts, loaded when the page is idle: the storage code never
// delays the curated list.
export { shareText } from '@/components/import/shareText'

export interface ImportedSummary {
  text: ImportedText
  words: number
  blocks: number
}

export interface ImportedList {
  texts: ImportedSummary[]
  unreadable: number
}

/** The imported texts, kept current as texts are added or removed in this or another tab. */
export function watchImportedTexts(
  onList: (list: ImportedList) => void,
  onError: (error: StorageError) => void,
): () => void {
  const subscription = liveQuery(async () => {
    const { texts, unreadable } = await getTextStore().list()
    return {
      texts: texts.map((text) => ({
        text,
        words: text.de.reduce((sum, block) => sum + countWords(block.text), 0),
        blocks: text.de.length,
      })),
      unreadable,
    }
  }).subscribe({ next: onList, error: (error: unknown) => onError(toStorageError(error)) })
  return () => subscription.unsubscribe()
}

export const removeText = (id: string) => getTextStore().remove(id)

export const restoreText = (text: ImportedText) => getTextStore().restore(text)
