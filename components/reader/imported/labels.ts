import type { ReaderLearningLabels } from '@/components/reader/learning/attachLearning'
import type { StorageLabels } from '@/components/storage/storageMessage'
import type { PopupLabels } from '@/components/popup/popupContent'
import type { ReadingLabels } from '@/lib/import/read'
import type { GlossCorrectionLabels } from './glossCorrection'

/** Every string the imported-text reader needs, rendered by the server in the page's language. */
export interface ImportedReaderLabels {
  reading: ReadingLabels
  popup: PopupLabels
  learning: ReaderLearningLabels
  correction: GlossCorrectionLabels
  storage: StorageLabels
  page: {
    loading: string
    missingTitle: string
    missing: string
    failedTitle: string
    /** "Its words could not be looked up: {{reason}}…" */
    failed: string
    toImport: string
    toLibrary: string
    /** "Imported on {{date}}" */
    imported: string
    wordsOne: string
    wordsOther: string
    unknownOne: string
    unknownOther: string
    noTranslation: string
    dictionaryNote: string
    share: string
    /** "Saved “{{file}}”…" */
    shared: string
    german: string
    english: string
    showTranslation: string
    hint: string
  }
}
