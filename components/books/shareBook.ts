import { downloadFile } from '@/components/shared/download'
import { sharedBookFileName, toSharedBook } from '@/lib/books/sharedBook'
import type { BookStore } from '@/lib/storage/bookStore'

/**
 * Downloads the file to share a book with (its chapters and the reader's corrections as they
 * are now); returns its name, or undefined when the book is no longer here.
 */
export async function shareBook(store: BookStore, id: string): Promise<string | undefined> {
  const [book, chapters] = await Promise.all([store.get(id), store.chapters(id)])
  if (!book) return undefined
  const name = sharedBookFileName(book.title)
  downloadFile(name, `${JSON.stringify(toSharedBook(book, chapters))}\n`, 'application/json')
  return name
}
