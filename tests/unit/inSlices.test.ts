import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inSlices, nextFrame } from '@/components/shared/inSlices'

describe('inSlices', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('does a slice, then the next only after the page had its turn', async () => {
    const done: number[] = []
    const finished = inSlices([10, 11, 12, 13, 14], 2, (item) => done.push(item))
    expect(done).toEqual([10, 11])
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toEqual([10, 11, 12, 13])
    await vi.runAllTimersAsync()
    await expect(finished).resolves.toBe(true)
    expect(done).toEqual([10, 11, 12, 13, 14])
  })

  it('gives each item its place in the list', async () => {
    const places: [string, number][] = []
    const finished = inSlices(['a', 'b', 'c'], 2, (item, index) => places.push([item, index]))
    await vi.runAllTimersAsync()
    await finished
    expect(places).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ])
  })

  it('stops at the next slice once the work is no longer wanted', async () => {
    const done: number[] = []
    let wanted = true
    const finished = inSlices([1, 2, 3, 4], 1, (item) => done.push(item), {
      wanted: () => wanted,
    })
    await vi.advanceTimersByTimeAsync(0)
    wanted = false
    await vi.runAllTimersAsync()
    await expect(finished).resolves.toBe(false)
    expect(done).toEqual([1, 2])
  })

  it('pauses as it is told: after a frame is drawn, for work that changes what CSS draws', async () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    )
    const done: number[] = []
    const finished = inSlices([1, 2, 3], 1, (item) => done.push(item), { pause: nextFrame })
    await vi.runAllTimersAsync()
    expect(done).toEqual([1])
    for (const frame of frames.splice(0)) frame(performance.now())
    await vi.runAllTimersAsync()
    expect(done).toEqual([1, 2])
    for (const frame of frames.splice(0)) frame(performance.now())
    await vi.runAllTimersAsync()
    await expect(finished).resolves.toBe(true)
    expect(done).toEqual([1, 2, 3])
    vi.unstubAllGlobals()
  })

  it('does a list shorter than a slice at once, without yielding', async () => {
    const done: number[] = []
    const finished = inSlices([1, 2], 5, (item) => done.push(item))
    expect(done).toEqual([1, 2])
    await expect(finished).resolves.toBe(true)
  })
})
