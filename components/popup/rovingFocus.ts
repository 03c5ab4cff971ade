import { WORD } from './wordSpans'

/** Roving tabindex: exactly one word is in the tab order, and it is the button. */
export interface RovingFocus {
  /** Makes the word the tab stop and focuses it. */
  focusWord(word: HTMLElement, options?: FocusOptions): void
  /** The same without reopening the popup, and without scrolling under a finger. */
  focusQuietly(word: HTMLElement): void
  /** True while focusQuietly moves focus: the focus it causes opens no popup. */
  moving(): boolean
}

export function rovingFocus(root: HTMLElement, popup: HTMLElement): RovingFocus {
  let moving = false

  function focusWord(word: HTMLElement, options?: FocusOptions) {
    for (const other of root.querySelectorAll<HTMLElement>(`${WORD}[tabindex]`)) {
      if (other === word) continue
      other.removeAttribute('tabindex')
      other.removeAttribute('role')
      other.removeAttribute('aria-haspopup')
      other.removeAttribute('aria-controls')
    }
    word.tabIndex = 0
    word.setAttribute('role', 'button')
    word.setAttribute('aria-haspopup', 'dialog')
    word.setAttribute('aria-controls', popup.id)
    word.focus(options)
  }

  return {
    focusWord,
    focusQuietly(word) {
      moving = true
      focusWord(word, { preventScroll: true })
      moving = false
    },
    moving: () => moving,
  }
}
