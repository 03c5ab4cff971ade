// Floating UI (8 KB gzip) is needed only once a popup opens: it loads when the reader first
// moves a pointer, touches or focuses inside the text (attachWordPopup asks for it then),
// which is before the first popup and after the page has loaded everything else.
let floatingUi: Promise<typeof import('@floating-ui/dom')> | undefined
let floatingUiLoaded = false
export function loadFloatingUi() {
  floatingUi ??= import('@floating-ui/dom').then((module) => {
    floatingUiLoaded = true
    return module
  })
  return floatingUi
}

// Room between the word and the popup.
const GAP_PX = 6
// How close flip and shift let the popup come to the viewport's edges.
const VIEWPORT_PADDING_PX = 8

/**
 * Puts the popup under its word, or above it where there is no room below; `stillOn` says
 * whether the popup is still on that word once the position is known.
 */
export async function placePopup(popup: HTMLElement, word: HTMLElement, stillOn: () => boolean) {
  // Until Floating UI has arrived the popup has no place yet: invisible rather than wrong.
  if (!floatingUiLoaded) popup.style.visibility = 'hidden'
  const { computePosition, flip, offset, shift } = await loadFloatingUi()
  const { x, y } = await computePosition(word, popup, {
    placement: 'bottom-start',
    // flip and shift keep the popup in the viewport; neither moves it over the word.
    middleware: [
      offset(GAP_PX),
      flip({ padding: VIEWPORT_PADDING_PX }),
      shift({ padding: VIEWPORT_PADDING_PX }),
    ],
  })
  if (!stillOn()) return
  popup.style.left = `${x}px`
  popup.style.top = `${y}px`
  popup.style.removeProperty('visibility')
}
