import { watchLearning } from '@/components/storage/watchLearning'

/** Calls `onCount` with the number of cards due now, whenever it may have changed. */
export function watchDue(onCount: (count: number) => void): () => void {
  // Storage that cannot open shows no count; the words page explains the problem.
  return watchLearning(
    ({ due }) => onCount(due),
    () => onCount(0),
  )
}
