import { onDexieWrite } from '@/lib/storage/learningWrites'
import { peekLearning, type LearningPeek } from '@/lib/storage/peekLearning'
import { toStorageError, type StorageError } from '@/lib/storage/storageError'

// Writes come in bursts (a word and its four cards, "mark the rest known"): one read after.
const SETTLE_MS = 50
// Cards fall due as time passes, not only when the data changes.
const RECOUNT_MS = 60_000

/**
 * Calls `onChange` with the reader's words and due count now and whenever they may have
 * changed: after a write in this tab or another, when the page is shown again, and every
 * minute. Reads without Dexie; only data of an older schema opens the store, whose upgrade
 * makes it readable.
 */
export function watchLearning(
  onChange: (peek: LearningPeek) => void,
  onError: (error: StorageError) => void,
): () => void {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined

  async function read() {
    try {
      let peek = await peekLearning()
      if (!peek) {
        const { getLearningStore } = await import('./learningStore')
        await getLearningStore()
        peek = await peekLearning()
      }
      if (peek && !stopped) onChange(peek)
    } catch (error) {
      if (!stopped) onError(toStorageError(error))
    }
  }

  function readSoon() {
    clearTimeout(timer)
    timer = setTimeout(() => void read(), SETTLE_MS)
  }

  const onVisible = () => {
    if (document.visibilityState === 'visible') readSoon()
  }
  const stopHearing = onDexieWrite(readSoon)
  document.addEventListener('visibilitychange', onVisible)
  const recount = setInterval(readSoon, RECOUNT_MS)
  void read()
  return () => {
    stopped = true
    clearTimeout(timer)
    clearInterval(recount)
    stopHearing()
    document.removeEventListener('visibilitychange', onVisible)
  }
}
