import type { ChapterStep } from '@/lib/prefs/shortcuts'

/**
 * Goes to the previous or next chapter as its button would: a book's reader marks those
 * buttons, and on a page without chapters the key does nothing.
 */
export function stepChapter(step: ChapterStep) {
  document.querySelector<HTMLButtonElement>(`[data-chapter-step="${step}"]:not(:disabled)`)?.click()
}
