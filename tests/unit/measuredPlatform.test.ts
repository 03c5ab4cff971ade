// @vitest-environment happy-dom
import { computePosition, flip, offset, platform, shift } from '@floating-ui/dom'
import { describe, expect, it } from 'vitest'
import {
  measuredPlatform,
  viewportRect,
  type PlacementMeasures,
} from '@/lib/popup/measuredPlatform'

const GAP = 6
const PADDING = 8
const viewport = { x: 0, y: 0, width: 800, height: 600 }
const popupSize = { width: 200, height: 120 }

/**
 * Places as the reader does, from measures alone: the elements are never laid out (happy-dom
 * has no layout), so every figure comes from the measures.
 */
async function place(
  measures: Omit<PlacementMeasures, 'viewport' | 'rtl'> & Partial<PlacementMeasures>,
) {
  const word = document.createElement('span')
  const popup = document.createElement('div')
  document.body.append(word, popup)
  return computePosition(word, popup, {
    placement: 'bottom-start',
    middleware: [offset(GAP), flip({ padding: PADDING }), shift({ padding: PADDING })],
    platform: { ...platform, ...measuredPlatform({ viewport, rtl: false, ...measures }) },
  })
}

describe('placing the popup from one set of measures', () => {
  it('puts it under the word, at its start, with the gap between', async () => {
    const word = { x: 100, y: 50, width: 40, height: 20 }
    const { x, y, placement } = await place({ reference: word, floating: popupSize })
    expect({ x, y, placement }).toEqual({ x: 100, y: 50 + 20 + GAP, placement: 'bottom-start' })
  })

  it('flips it above the word where there is no room below', async () => {
    const word = { x: 100, y: 520, width: 40, height: 20 }
    const { x, y, placement } = await place({ reference: word, floating: popupSize })
    expect({ x, y, placement }).toEqual({ x: 100, y: 520 - GAP - 120, placement: 'top-start' })
  })

  it('ends it at the word’s end where its start would run past the right edge', async () => {
    const word = { x: 760, y: 50, width: 30, height: 20 }
    const { x, placement } = await place({ reference: word, floating: popupSize })
    expect({ x, placement }).toEqual({ x: 760 + 30 - 200, placement: 'bottom-end' })
  })

  it('shifts it inside the viewport where neither end fits', async () => {
    const word = { x: 2, y: 50, width: 10, height: 20 }
    const { x } = await place({ reference: word, floating: popupSize })
    expect(x).toBe(PADDING)
  })

  it('keeps to the visible part of a zoomed or scrolled viewport', async () => {
    const visible = { x: 300, y: 200, width: 300, height: 200 }
    const word = { x: 520, y: 240, width: 30, height: 20 }
    const { x, y, placement } = await place({
      reference: word,
      floating: popupSize,
      viewport: visible,
    })
    expect({ x, y, placement }).toEqual({ x: 550 - 200, y: 260 + GAP, placement: 'bottom-end' })
  })

  it('aligns the start to the right edge for right-to-left text', async () => {
    const word = { x: 300, y: 50, width: 40, height: 20 }
    const { x } = await place({ reference: word, floating: popupSize, rtl: true })
    expect(x).toBe(300 + 40 - 200)
  })
})

describe('the viewport the popup stays within', () => {
  const visual = { offsetLeft: 30, offsetTop: 40, width: 300, height: 500 }

  it('is the layout viewport where there is no visual viewport', () => {
    expect(viewportRect({ clientWidth: 1280, clientHeight: 900, webKit: false })).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 900,
    })
  })

  it('is the visual viewport, offset by its scroll outside WebKit', () => {
    expect(viewportRect({ visual, clientWidth: 400, clientHeight: 800, webKit: false })).toEqual({
      x: 30,
      y: 40,
      width: 300,
      height: 500,
    })
  })

  it('starts at 0, 0 in WebKit, whose client coordinates are the visual viewport’s', () => {
    expect(viewportRect({ visual, clientWidth: 400, clientHeight: 800, webKit: true })).toEqual({
      x: 0,
      y: 0,
      width: 300,
      height: 500,
    })
  })
})
