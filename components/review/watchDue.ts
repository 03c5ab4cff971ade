import { getLearningStore } from '@/components/storage/learningStore'

// Cards fall due as time passes, not only when the data changes.
const RECOUNT_MS = 60_000

/** Calls `onCount` with the number of cards due now, whenever it may have changed. */
export function watchDue(onCount: (count: number) => void): () => void {
  let stopped = false
  let unwatch: (() => void) | undefined
  let timer: ReturnType<typeof setInterval> | undefined
  void getLearningStore().then(
    (store) => {
      if (stopped) return
      const watch = () => {
        unwatch?.()
        unwatch = store.watch(
          async () => (await store.dueCards(Date.now())).length,
          onCount,
          () => onCount(0),
        )
      }
      watch()
      timer = setInterval(watch, RECOUNT_MS)
    },
    // Storage that cannot open shows no count; the words page explains the problem.
    () => onCount(0),
  )
  return () => {
    stopped = true
    unwatch?.()
    if (timer) clearInterval(timer)
  }
}
