// Room between the word and the popup.
const GAP_PX = 6
// How close the popup may come to the viewport's edges.
const VIEWPORT_PADDING_PX = 8

/**
 * Puts the popup under its word, or above it where it fits there and not below (else on the
 * side where less of it is cut off), and sideways inside the viewport. By hand, in the frame
 * of the event: Floating UI did the same, but cost 8 KB gzip on every reader page. The popup
 * is absolutely positioned with no positioned ancestor, so its place is the viewport's
 * coordinates plus the scroll.
 */
export function placePopup(popup: HTMLElement, word: HTMLElement) {
  const anchor = word.getBoundingClientRect()
  const { width, height } = popup.getBoundingClientRect()
  const { clientWidth, clientHeight } = document.documentElement
  const below = anchor.bottom + GAP_PX
  const above = anchor.top - GAP_PX - height
  const roomBelow = clientHeight - VIEWPORT_PADDING_PX - (below + height)
  const roomAbove = above - VIEWPORT_PADDING_PX
  const top = roomBelow >= 0 || roomBelow >= roomAbove ? below : above
  const left = Math.max(
    VIEWPORT_PADDING_PX,
    Math.min(anchor.left, clientWidth - VIEWPORT_PADDING_PX - width),
  )
  popup.style.left = `${left + window.scrollX}px`
  popup.style.top = `${top + window.scrollY}px`
}
