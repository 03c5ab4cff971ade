import { measuredPlatform, viewportRect } from '@/lib/popup/measuredPlatform'

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

// As Floating UI tells WebKit apart: its client coordinates start at the visual viewport.
let webKit: boolean | undefined
const isWebKit = () =>
  (webKit ??= typeof CSS !== 'undefined' && CSS.supports('-webkit-backdrop-filter', 'none'))

/**
 * Puts the popup under its word, or above it where there is no room below; `stillOn` says
 * whether the popup is still on that word once the position is known.
 *
 * The page is read once, after the popup is filled: the word's box and the popup's, which
 * lay the page out once (measuring the word before filling the popup would lay it out
 * twice: the hover's own style change is pending then). Floating UI's middleware then work
 * from those measures (see measuredPlatform) instead of asking the browser for styles and
 * boxes again each, and the position is written once.
 */
export async function placePopup(popup: HTMLElement, word: HTMLElement, stillOn: () => boolean) {
  // Until Floating UI has arrived the popup has no place yet: invisible rather than wrong.
  if (!floatingUiLoaded) popup.style.visibility = 'hidden'
  const { computePosition, flip, offset, platform, shift } = await loadFloatingUi()
  if (!stillOn()) return
  const reference = word.getBoundingClientRect()
  const box = popup.getBoundingClientRect()
  // Where left 0, top 0 puts the popup: its box now, less the offsets it was given last.
  const origin = {
    x: box.left - (Number.parseFloat(popup.style.left) || 0),
    y: box.top - (Number.parseFloat(popup.style.top) || 0),
  }
  const { documentElement } = document
  const measures = {
    reference: { x: reference.x, y: reference.y, width: reference.width, height: reference.height },
    floating: { width: box.width, height: box.height },
    viewport: viewportRect({
      visual: window.visualViewport ?? undefined,
      clientWidth: documentElement.clientWidth,
      clientHeight: documentElement.clientHeight,
      webKit: isWebKit(),
    }),
    rtl: getComputedStyle(popup).direction === 'rtl',
  }
  const { x, y } = await computePosition(word, popup, {
    placement: 'bottom-start',
    // flip and shift keep the popup in the viewport; neither moves it over the word.
    middleware: [
      offset(GAP_PX),
      flip({ padding: VIEWPORT_PADDING_PX }),
      shift({ padding: VIEWPORT_PADDING_PX }),
    ],
    // Over Floating UI's own platform, whose other methods these middleware do not call.
    platform: { ...platform, ...measuredPlatform(measures) },
  })
  if (!stillOn()) return
  popup.style.left = `${x - origin.x}px`
  popup.style.top = `${y - origin.y}px`
  popup.style.removeProperty('visibility')
}
