import { TextStore } from '@/lib/storage/textStore'

let store: TextStore | undefined

/** The page's one store of texts; Dexie opens the database on first use. */
export function getTextStore(): TextStore {
  store ??= new TextStore()
  return store
}
