import type { Dimensions, Platform, Rect } from '@floating-ui/dom'

/**
 * What one placement of the popup needs, measured once, all in client coordinates (the
 * viewport's, as `getBoundingClientRect` gives them).
 */
export interface PlacementMeasures {
  /** The word's bounding box. */
  reference: Rect
  /** The popup's size, filled and shown. */
  floating: Dimensions
  /** The part of the page the popup must stay within: the visible viewport. */
  viewport: Rect
  /** Whether the popup's text runs right to left ("start" is then its right edge). */
  rtl: boolean
}

/** The platform methods a placement from measures answers; the rest stay Floating UI's. */
export type MeasuredPlatform = Pick<
  Platform,
  | 'getElementRects'
  | 'getClippingRect'
  | 'getDimensions'
  | 'isRTL'
  | 'getOffsetParent'
  | 'convertOffsetParentRelativeRectToViewportRelativeRect'
  | 'getScale'
>

/**
 * A Floating UI platform that answers every question from one set of measures instead of
 * reading the page: Floating UI's own platform asks the browser again for each middleware
 * (the element's and its ancestors' styles, offset parent, clipping rectangle), about 1–2 ms
 * of a hover. Coordinates stay in the viewport's, so `computePosition` returns client
 * coordinates; the popup has no clipping ancestor, so the viewport is the only boundary.
 */
export function measuredPlatform(measures: PlacementMeasures): MeasuredPlatform {
  return {
    getElementRects: () => ({
      reference: measures.reference,
      floating: { x: 0, y: 0, ...measures.floating },
    }),
    getClippingRect: () => measures.viewport,
    getDimensions: () => measures.floating,
    isRTL: () => measures.rtl,
    // No offset parent to convert from: the rectangles are the viewport's already.
    getOffsetParent: () => globalThis as unknown as Window,
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    getScale: () => ({ x: 1, y: 1 }),
  }
}

/** The visual viewport as the browser reports it, and the layout viewport's size. */
export interface ViewportReadings {
  visual?: { offsetLeft: number; offsetTop: number; width: number; height: number }
  clientWidth: number
  clientHeight: number
  /**
   * WebKit gives an absolutely placed element's client coordinates from the visual viewport,
   * the others from the layout viewport (so the visual one is offset by its scroll there).
   */
  webKit: boolean
}

/** The visible viewport in client coordinates, as Floating UI's 'viewport' boundary is. */
export function viewportRect({
  visual,
  clientWidth,
  clientHeight,
  webKit,
}: ViewportReadings): Rect {
  if (!visual) return { x: 0, y: 0, width: clientWidth, height: clientHeight }
  return {
    x: webKit ? 0 : visual.offsetLeft,
    y: webKit ? 0 : visual.offsetTop,
    width: visual.width,
    height: visual.height,
  }
}
