import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterThisFrame } from '@/components/shared/afterThisFrame'

/** A frame: its callbacks run, as the browser runs them before drawing it. */
let frameCallbacks: FrameRequestCallback[] = []
const drawFrame = () => {
  for (const callback of frameCallbacks.splice(0)) callback(performance.now())
}

describe('afterThisFrame', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    frameCallbacks = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frameCallbacks.push(callback),
    )
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      delete frameCallbacks[id - 1]
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs the work queued in a frame once that frame is drawn, in order, in one task', () => {
    const done: string[] = []
    const later = afterThisFrame(new AbortController().signal)
    later(() => done.push('first'))
    later(() => done.push('second'))
    expect(frameCallbacks.length).toBe(1)
    drawFrame()
    expect(done).toEqual([])
    // Queued between the frame's callbacks and the task: still in this round.
    later(() => done.push('third'))
    vi.runAllTimers()
    expect(done).toEqual(['first', 'second', 'third'])
    later(() => done.push('next frame'))
    drawFrame()
    vi.runAllTimers()
    expect(done.at(-1)).toBe('next frame')
  })

  it('drops what waits when aborted, and takes no more', () => {
    const done: string[] = []
    const attached = new AbortController()
    const later = afterThisFrame(attached.signal)
    later(() => done.push('waiting'))
    drawFrame()
    attached.abort()
    later(() => done.push('after abort'))
    drawFrame()
    vi.runAllTimers()
    expect(done).toEqual([])
  })
})
