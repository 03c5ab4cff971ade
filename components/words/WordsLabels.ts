import type { StorageLabels } from '@/components/storage/storageMessage'
import type { StoredStatus } from '@/lib/learning/types'
import type learning from '@/locales/en/learning.json'

/** The `words` strings of the learning namespace; the page renders the title itself. */
export type WordsStrings = Omit<(typeof learning)['words'], 'title' | 'intro'>

/** Every interface string the words page's client components show, rendered by the server. */
export interface WordsLabels {
  words: WordsStrings
  status: Record<StoredStatus, string>
  storage: StorageLabels
}
