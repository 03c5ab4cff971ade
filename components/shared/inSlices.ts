/** Lets the page paint and answer input before the next slice of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Runs `each` over `items` a slice of `size` at a time, yielding to the page between slices,
 * so that work over every word of a text never holds the main thread in one long task (a
 * phone runs script about four times slower than this machine, and a task over 50 ms there
 * delays the reader's input). Resolves false, without the rest, when `wanted` says after a
 * yield that the work is no longer wanted; true when every item was done.
 */
export async function inSlices<T>(
  items: readonly T[],
  size: number,
  each: (item: T, index: number) => void,
  wanted: () => boolean = () => true,
): Promise<boolean> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) {
      await yieldToPage()
      if (!wanted()) return false
    }
    const end = Math.min(items.length, start + size)
    for (let index = start; index < end; index++) each(items[index]!, index)
  }
  return true
}
