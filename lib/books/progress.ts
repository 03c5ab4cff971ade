import type { BookRecord } from './records'

/** Share of a book's words read, from how far each chapter has been read (0 to 1). */
export function shareRead(book: BookRecord): number {
  const total = book.chapters.reduce((sum, chapter) => sum + chapter.words, 0)
  if (total === 0) return 0
  const read = book.chapters.reduce(
    (sum, chapter, index) =>
      sum +
      chapter.words * Math.min(1, (book.readBlocks[index] ?? 0) / Math.max(1, chapter.blocks)),
    0,
  )
  return read / total
}
