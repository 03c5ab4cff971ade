import type { ImportBlock } from './blocks'

/**
 * Where a text's English came from when not from the reader: the device's translator. The
 * blocks the reader has edited since are theirs, and say so.
 */
export interface TranslationSource {
  by: 'machine'
  /** Indexes of the blocks whose translation the reader edited. */
  edited: number[]
}

/** A text the reader imported: kept on the device, read in the same reader as curated ones. */
export interface ImportedText {
  id: string
  title: string
  /** German blocks, and the English ones aligned with them one to one, when there are any. */
  de: ImportBlock[]
  en?: ImportBlock[]
  /**
   * Set when `en` was translated on this device; a translation under way has fewer blocks
   * than `de`, in order, and resumes after the last.
   */
  translation?: TranslationSource
  /** The reader's own glosses, by entry key: used instead of the dictionary's next time. */
  corrections: Record<string, string>
  createdAt: number
  updatedAt: number
}
