/**
 * What a book import accepts. The limits keep a hostile or broken file (a zip bomb, a
 * million tiny entries) from taking the tab's memory; real books stay far below them.
 */

/** An EPUB file as uploaded: illustrated books are rarely above 30 MB. */
export const MAX_EPUB_BYTES = 60 * 1024 * 1024
/** Entries in the zip: a book has one per chapter, image, style and font. */
export const MAX_ZIP_ENTRIES = 10_000
/** All the text documents of a book together, unpacked (images are never unpacked). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024
/** One unpacked document: a whole novel in one XHTML file is about 2 MB. */
export const MAX_ENTRY_BYTES = 40 * 1024 * 1024
/**
 * Unpacked size over packed size of one entry. Text deflates by 3 to 10 times; a zip bomb
 * by a thousand and more.
 */
export const MAX_COMPRESSION_RATIO = 100
/** Below this an entry's ratio is not checked: a few bytes of repeated text deflate by any ratio. */
export const RATIO_CHECKED_FROM_BYTES = 64 * 1024
/** A plain-text or Markdown book: about 800,000 words, the length of a very long novel. */
export const MAX_TEXT_BOOK_BYTES = 10 * 1024 * 1024
/** A shared book file: a text book's limit, with room for its JSON and the reader's corrections. */
export const MAX_SHARED_BOOK_BYTES = 2 * MAX_TEXT_BOOK_BYTES
