import type { PopupState } from './popupState'
import type { RovingFocus } from './rovingFocus'
import { WORD, WORDS_CHANGED, wordAt } from './wordSpans'

export interface KeyboardOptions {
  root: HTMLElement
  popup: HTMLElement
  state: PopupState
  roving: RovingFocus
  signal: AbortSignal
}

/**
 * The German text is one tab stop. Focus on a word opens its popup; arrows move word by word
 * (Up and Down by line), Home and End to the ends of the paragraph; Enter or Space moves
 * into the popup; Escape closes it. Focus leaving both the words and the popup closes it.
 */
export function listenToKeys({ root, popup, state, roving, signal }: KeyboardOptions) {
  // The words shown do not change until a view of them is shown or hidden: listed at the
  // first key and again after such a change, only those on the page (the rows are hidden
  // while the sentence view shows copies of their words).
  let wordList: HTMLElement[] | undefined
  const words = () =>
    (wordList ??= Array.from(root.querySelectorAll<HTMLElement>(WORD)).filter(
      (word) => word.getClientRects().length > 0,
    ))
  root.addEventListener(WORDS_CHANGED, () => (wordList = undefined), { signal })

  const onKeyDown = (event: KeyboardEvent) => {
    const word = wordAt(root, event.target)
    if (!word || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      state.open(word, 'key')
    } else if (event.key === 'Escape' && state.current()) {
      event.preventDefault()
      state.hide()
    } else {
      const next = nextWord(words(), word, event.key)
      if (!next) return
      event.preventDefault()
      roving.focusWord(next)
    }
  }

  const onFocusIn = (event: FocusEvent) => {
    const word = wordAt(root, event.target)
    if (word && state.current() !== word && !roving.moving()) state.open(word, 'focus')
  }

  const onFocusOut = (event: FocusEvent) => {
    // Focus going nowhere (a focused button the popup replaced, another window) is not the
    // reader leaving: a click outside is handled by pointerdown.
    const to = event.relatedTarget
    if (!(to instanceof Node)) return
    // Nor is focus going to what holds the text: a tap on a word after a control moves focus
    // from the control to the focusable `<main>` around it.
    if (to.contains(root)) return
    // Focus left both the words and the popup (Tab onwards): the popup goes with it.
    if (!popup.contains(to) && !wordAt(root, to) && state.openedBy() !== 'hover') state.hide()
  }

  // Escape in the popup closes it and gives focus back to the word, and goes no further.
  const onPopupKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    state.hide(true)
  }

  // Escape anywhere else closes it too, unless something on the way used the key.
  const onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state.current() && !event.defaultPrevented) state.hide()
  }

  root.addEventListener('keydown', onKeyDown, { signal })
  root.addEventListener('focusin', onFocusIn, { signal })
  root.addEventListener('focusout', onFocusOut, { signal })
  popup.addEventListener('keydown', onPopupKeyDown, { signal })
  popup.addEventListener('focusout', onFocusOut, { signal })
  document.addEventListener('keydown', onDocumentKeyDown, { signal })
}

/** The word a movement key goes to from `from`, if it goes anywhere. */
function nextWord(all: HTMLElement[], from: HTMLElement, key: string): HTMLElement | undefined {
  const at = all.indexOf(from)
  switch (key) {
    case 'ArrowRight':
      return all[at + 1]
    case 'ArrowLeft':
      return all[at - 1]
    case 'Home':
      return all.find((word) => sameBlock(word, from))
    case 'End':
      return all.findLast((word) => sameBlock(word, from))
    case 'ArrowDown':
      return nextLine(all, at, 1)
    case 'ArrowUp':
      return nextLine(all, at, -1)
  }
  return undefined
}

const sameBlock = (a: HTMLElement, b: HTMLElement) => a.closest('.block') === b.closest('.block')

/** The word on the next line (or block) nearest to this word's horizontal position. */
function nextLine(all: HTMLElement[], at: number, step: 1 | -1): HTMLElement | undefined {
  const from = all[at]!.getBoundingClientRect()
  const centre = from.left + from.width / 2
  let best: HTMLElement | undefined
  let bestDistance = Infinity
  let lineTop: number | undefined
  for (let i = at + step; i >= 0 && i < all.length; i += step) {
    const rect = all[i]!.getBoundingClientRect()
    // A pixel of slack: lines of inline boxes can overlap by a rounding error.
    const onOtherLine = step > 0 ? rect.top >= from.bottom - 1 : rect.bottom <= from.top + 1
    if (!onOtherLine || rect.width === 0) continue
    lineTop ??= rect.top
    if (Math.abs(rect.top - lineTop) > rect.height / 2) break
    const distance = Math.abs(rect.left + rect.width / 2 - centre)
    if (distance < bestDistance) {
      best = all[i]
      bestDistance = distance
    }
  }
  return best
}
