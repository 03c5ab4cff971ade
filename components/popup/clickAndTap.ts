import type { PopupState } from './popupState'
import type { RovingFocus } from './rovingFocus'
import { wordAt } from './wordSpans'

export interface ClickAndTapOptions {
  root: HTMLElement
  popup: HTMLElement
  state: PopupState
  roving: RovingFocus
  signal: AbortSignal
}

// A finger that moved further than this between down and up was scrolling, not tapping.
const TAP_SLOP_PX = 10
// The click a browser sends after a tap comes within this time; a later one is a new click.
const TAP_CLICK_MS = 1000

/**
 * A click or a tap on a word opens its popup, or closes the popup it opened; a press outside
 * the words and the popup closes it. A tap opens on pointerup, a frame before the click
 * would, and the click of the same gesture is then ignored.
 */
export function listenToClicksAndTaps({ root, popup, state, roving, signal }: ClickAndTapOptions) {
  let touchStart: { word: HTMLElement; x: number; y: number } | undefined
  let tapped: { at: number } | undefined

  const toggle = (word: HTMLElement, byTouch: boolean) => {
    if (state.current() === word && state.openedBy() !== 'hover') state.hide()
    else state.open(word, 'click')
    // A clicked word becomes the tab stop, so the keyboard carries on from there. A tapped
    // one does not: focus would only make a phone's viewport jump under the finger.
    if (!byTouch) roving.focusQuietly(word)
  }

  const onPointerDown = (event: PointerEvent) => {
    const word = event.pointerType === 'touch' ? wordAt(root, event.target) : undefined
    touchStart = word && { word, x: event.clientX, y: event.clientY }
  }

  const onPointerUp = (event: PointerEvent) => {
    const start = touchStart
    touchStart = undefined
    if (!start || wordAt(root, event.target) !== start.word) return
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP_PX) return
    toggle(start.word, true)
    tapped = { at: event.timeStamp }
  }

  const onPointerCancel = () => {
    touchStart = undefined
  }

  const onClick = (event: MouseEvent) => {
    const word = wordAt(root, event.target)
    if (!word) return
    // The click that follows a tap belongs to the same gesture, whatever it hit-tests to.
    const handledAsTap = tapped !== undefined && event.timeStamp - tapped.at < TAP_CLICK_MS
    tapped = undefined
    if (!handledAsTap) toggle(word, (event as PointerEvent).pointerType === 'touch')
  }

  const onDocumentPointerDown = (event: PointerEvent) => {
    const target = event.target as Node
    if (state.current() && !popup.contains(target) && !wordAt(root, target)) state.hide()
  }

  root.addEventListener('pointerdown', onPointerDown, { signal })
  root.addEventListener('pointerup', onPointerUp, { signal })
  root.addEventListener('pointercancel', onPointerCancel, { signal })
  root.addEventListener('click', onClick, { signal })
  document.addEventListener('pointerdown', onDocumentPointerDown, { signal })
}
