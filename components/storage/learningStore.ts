import { LearningStore, requestPersistence } from '@/lib/storage/learningStore'

let opening: Promise<LearningStore> | undefined

/**
 * The page's one store, opened on first use. Opening asks the browser to keep the data
 * (persistent storage); a failure is not cached, so "try again" really tries again.
 */
export function getLearningStore(): Promise<LearningStore> {
  opening ??= (async () => {
    const store = new LearningStore()
    await store.open()
    void requestPersistence()
    return store
  })().catch((error: unknown) => {
    opening = undefined
    throw error
  })
  return opening
}
