import type { ImportBlock } from '@/lib/import/blocks'

/** A block of a book: an imported text's block, whose text keeps its line breaks when verse. */
export interface BookBlock extends ImportBlock {
  /** Lines of a poem or a song, joined by '\n', shown as lines. */
  verse?: true
}

export interface BookChapter {
  title: string
  blocks: BookBlock[]
  /** Its running words, counted where the book is read (a worker), not on the page. */
  words?: number
}

/** What the import left out of a book, so the interface can say so. */
export interface DroppedContent {
  images: number
  styles: number
  scripts: number
}

/** A book as read from a file, before it is stored. */
export interface ParsedBook {
  title: string
  author?: string
  /** The language the file says it is in (`dc:language`), when it says. */
  declaredLanguage?: string
  chapters: BookChapter[]
  dropped: DroppedContent
  /** Invisible and control characters taken out of a text book. */
  removedCharacters?: number
}
