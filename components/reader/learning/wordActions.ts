import type { WordAction } from '@/lib/prefs/shortcuts'

let handler: ((action: WordAction) => void) | undefined

/**
 * The S, K and I shortcuts arrive through the toolbar's one shortcut handler, before the
 * learning module has loaded; it registers here when it has.
 */
export function onWordAction(next: typeof handler): () => void {
  handler = next
  return () => {
    if (handler === next) handler = undefined
  }
}

export function runWordAction(action: WordAction) {
  handler?.(action)
}
