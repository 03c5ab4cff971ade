/** Lets the page answer input and run other tasks before the next slice of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Lets the page draw a frame first, then answer input: for slices that change what CSS
 * draws, so that each frame restyles and repaints one slice instead of one frame doing all
 * of them (a task queued from a frame's callbacks runs once that frame is drawn, as in
 * afterThisFrame). A hidden page draws no frames: the rest waits until it is shown.
 */
export const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

export interface SliceOptions {
  /** Asked after each pause: false stops the work there. */
  wanted?: () => boolean
  /** What happens between two slices: nextTask unless given. */
  pause?: () => Promise<void>
}

/**
 * Runs `each` over `items` a slice of `size` at a time with a pause between slices, so that
 * work over every word of a text never holds the main thread in one long task (a phone runs
 * script about four times slower than this machine, and a task over 50 ms there delays the
 * reader's input). Resolves false, without the rest, when `wanted` says after a pause that
 * the work is no longer wanted; true when every item was done.
 */
export async function inSlices<T>(
  items: readonly T[],
  size: number,
  each: (item: T, index: number) => void,
  { wanted = () => true, pause = nextTask }: SliceOptions = {},
): Promise<boolean> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) {
      await pause()
      if (!wanted()) return false
    }
    const end = Math.min(items.length, start + size)
    for (let index = start; index < end; index++) each(items[index]!, index)
  }
  return true
}
