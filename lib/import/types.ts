import type { ImportBlock } from './blocks'

/** A text the reader imported: kept on the device, read in the same reader as curated ones. */
export interface ImportedText {
  id: string
  title: string
  /** German blocks, and the English ones aligned with them one to one, when there are any. */
  de: ImportBlock[]
  en?: ImportBlock[]
  /** The reader's own glosses, by entry key: used instead of the dictionary's next time. */
  corrections: Record<string, string>
  createdAt: number
  updatedAt: number
}
