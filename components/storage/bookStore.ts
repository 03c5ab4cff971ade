import { BookStore } from '@/lib/storage/bookStore'

let store: BookStore | undefined

/** The page's one store of books; Dexie opens the database on first use. */
export function getBookStore(): BookStore {
  store ??= new BookStore()
  return store
}
