/**
 * A DOM range over characters `start` to `end` of an element's text, as `textContent` counts
 * them: sentence offsets are offsets into a block's text, whatever spans hold the words.
 */
export function rangeOf(element: Node, start: number, end: number): Range | undefined {
  const range = document.createRange()
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let seen = 0
  let started = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (!started && start < seen + length) {
      range.setStart(node, start - seen)
      started = true
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen)
      return range
    }
    seen += length
  }
  return undefined
}

/** The characters of `container` before `node`: where a word sits in its block's text. */
export function offsetOf(container: Node, node: Node): number {
  const range = document.createRange()
  range.setStart(container, 0)
  range.setEndBefore(node)
  return range.toString().length
}
