import type { StorageLabels } from '@/components/storage/storageMessage'
import type importTexts from '@/locales/en/import.json'

export type ImportFormStrings = (typeof importTexts)['form']
export type AlignStrings = (typeof importTexts)['align']
export type SharedStrings = Omit<(typeof importTexts)['shared'], 'heading' | 'intro'>

/** Every interface string the import page's client components show, rendered by the server. */
export interface ImportLabels {
  form: ImportFormStrings
  align: AlignStrings
  shared: SharedStrings
  storage: StorageLabels
}
