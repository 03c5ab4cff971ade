import { textWordsPath } from '@/lib/learning/paths'
import { textProgress, type TextProgress } from '@/lib/learning/progress'
import { statusOf } from '@/lib/learning/status'
import type { TextWords } from '@/lib/learning/textWords'
import { getLearningStore } from '@/components/storage/learningStore'

export interface LearningTotals {
  known: number
  learning: number
  dueToday: number
}

function endOfToday(): number {
  const end = new Date()
  end.setHours(23, 59, 59, 999)
  return end.getTime()
}

/** The library's totals, kept current as words are saved in this or another tab. */
export function watchTotals(onTotals: (totals: LearningTotals) => void): () => void {
  let unwatch: (() => void) | undefined
  let stopped = false
  void getLearningStore().then(
    (store) => {
      if (stopped) return
      unwatch = store.watch(
        async () => {
          const words = (await store.snapshot()).words
          return {
            known: words.filter((word) => word.status === 'known').length,
            learning: words.filter((word) => word.status === 'learning').length,
            dueToday: (await store.dueCards(endOfToday())).length,
          }
        },
        onTotals,
        () => {},
      )
    },
    // Storage that will not open shows no figures; the words page explains why.
    () => {},
  )
  return () => {
    stopped = true
    unwatch?.()
  }
}

/** One text's share of known words, from its words.json and the reader's statuses. */
export function watchTextProgress(
  slug: string,
  onProgress: (progress: TextProgress) => void,
): () => void {
  let unwatch: (() => void) | undefined
  let stopped = false
  const lemmas = fetch(textWordsPath(slug)).then(
    async (response) => (response.ok ? ((await response.json()) as TextWords).lemmas : undefined),
    () => undefined,
  )
  void Promise.all([getLearningStore(), lemmas]).then(
    ([store, counts]) => {
      if (stopped || !counts) return
      unwatch = store.watchWords(
        (records) => onProgress(textProgress(counts, (key) => statusOf(records, key))),
        () => {},
      )
    },
    () => {},
  )
  return () => {
    stopped = true
    unwatch?.()
  }
}
