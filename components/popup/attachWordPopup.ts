import type { TFunction } from 'i18next'
import type { PopupData } from '@/lib/vocabulary/present'
import { listenToClicksAndTaps } from './clickAndTap'
import { listenToHover } from './hover'
import { listenToKeys } from './keyboard'
import { extensionList, registerPopup } from './popupRegistry'
import { loadFloatingUi } from './placement'
import { popupLabels } from './popupContent'
import { popupState } from './popupState'
import { rovingFocus } from './rovingFocus'
import { WORD } from './wordSpans'

export interface WordPopupOptions {
  /** The element whose German words get popups (one delegated set of listeners). */
  root: HTMLElement
  popup: HTMLElement
  data: PopupData
  /** The interface strings of `common`, in the page's language. */
  t: TFunction
  /** Read on every pointer event, so the setting applies at once. */
  hoverOpens: () => boolean
}

/**
 * One popup for all words of the reader, driven by delegated events and filled with plain
 * DOM calls: it paints in the frame after the event without waiting for a React render.
 * Returns what detaches it: one abort of the signal every listener was added with.
 */
export function attachWordPopup({
  root,
  popup,
  data,
  t,
  hoverOpens,
}: WordPopupOptions): () => void {
  const attached = new AbortController()
  const { signal } = attached
  const roving = rovingFocus(root, popup)
  // An extension that arrives while the popup is open shows in it at once: the pointer may
  // rest on the word and never open it again.
  const extensions = extensionList(() => state.rebuild())
  const labels = popupLabels(t)
  const state = popupState({ root, popup, data, labels, extensions, roving, signal })
  listenToHover({ root, popup, state, hoverOpens, signal })
  listenToClicksAndTaps({ root, popup, state, roving, signal })
  listenToKeys({ root, popup, state, roving, signal })
  // Floating UI is fetched at the reader's first sign of reading, not with the page: a
  // popup is the next thing they may ask for.
  for (const type of ['pointerover', 'touchstart', 'focusin'])
    root.addEventListener(type, () => void loadFloatingUi(), { signal, once: true, passive: true })
  // Phones resize the viewport as their toolbars slide: keep the popup, move it.
  window.addEventListener('resize', state.reposition, { signal })
  registerPopup(
    popup.id,
    { data, current: state.current, extend: extensions.add, refresh: state.rebuild },
    signal,
  )
  signal.addEventListener('abort', () => state.hide(), { once: true })
  // Keys pressed before this point reach no listener: tests (and scripts) wait for the mark.
  root.dataset.popupReady = 'true'
  signal.addEventListener('abort', () => delete root.dataset.popupReady, { once: true })
  // The popup's data arrives after the page shows: a pointer already resting on a word gets
  // its popup now rather than only when it moves.
  const resting = root.querySelector<HTMLElement>(`${WORD}:hover`)
  if (resting && hoverOpens()) state.open(resting, 'hover')
  return () => attached.abort()
}
