import type { PopupState } from './popupState'
import { wordAt } from './wordSpans'

export interface HoverOptions {
  root: HTMLElement
  popup: HTMLElement
  state: PopupState
  /** Read on every pointer event, so the setting applies at once. */
  hoverOpens: () => boolean
  signal: AbortSignal
}

/** The native events React makes its enter and leave events of. */
const REACT_ENTER_LEAVE_SOURCES = ['pointerover', 'pointerout', 'mouseover', 'mouseout'] as const
const stopHere = (event: Event) => event.stopPropagation()

/**
 * A mouse or pen over a word opens its popup; leaving both closes it after a grace time,
 * long enough to cross into the popup. Touch has no hover: see clickAndTap.ts.
 */
export function listenToHover({ root, popup, state, hoverOpens, signal }: HoverOptions) {
  // Where the pointer last moved. When focus scrolls the page, the browser sends pointerover
  // for whatever now lies under a resting pointer; that must not take a keyboard user's popup.
  let resting = { x: Number.NaN, y: Number.NaN }
  const onPointerMove = (event: PointerEvent) => {
    resting = { x: event.clientX, y: event.clientY }
  }

  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || !hoverOpens()) return
    const by = state.openedBy()
    const keyboardOwned = by === 'key' || by === 'focus'
    if (keyboardOwned && event.clientX === resting.x && event.clientY === resting.y) return
    const word = wordAt(root, event.target)
    if (word) state.open(word, 'hover')
  }

  const onPointerOut = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || state.openedBy() !== 'hover') return
    const to = event.relatedTarget
    if (to instanceof Node && (popup.contains(to) || wordAt(root, to))) return
    state.scheduleClose()
  }

  const onPopupLeave = () => {
    if (state.openedBy() === 'hover') state.scheduleClose()
  }

  root.addEventListener('pointerover', onPointerOver, { signal })
  // React listens at the document for every pointer and mouse over and out, and makes two
  // event objects of each (its enter and leave events) whenever the pointer crosses into a
  // word, though no component listens for them: the text's are this popup's alone (React's
  // script per hover fell from 0.94 to 0.59 ms in a profile; its capture listeners remain).
  for (const type of REACT_ENTER_LEAVE_SOURCES) root.addEventListener(type, stopHere, { signal })
  root.addEventListener('pointerout', onPointerOut, { signal })
  popup.addEventListener('pointerenter', state.cancelClose, { signal })
  popup.addEventListener('pointerleave', onPopupLeave, { signal })
  // Working in a popup that hover opened (a button, a field) keeps it open when the pointer leaves.
  popup.addEventListener('pointerdown', state.engage, { signal })
  popup.addEventListener('focusin', state.engage, { signal })
  document.addEventListener('pointermove', onPointerMove, { passive: true, signal })
}
