/** The reader's German words: every one is a span of this class with its data attributes. */
export const WORD = '.w'

/** The word an event happened on, if it is one of this reader's. */
export function wordAt(root: HTMLElement, target: EventTarget | null): HTMLElement | undefined {
  const word = target instanceof Element ? target.closest<HTMLElement>(WORD) : null
  return word && root.contains(word) ? word : undefined
}
