/**
 * A queue of work to run once the frame being prepared is drawn: for what an event asks that
 * can wait a frame, so that the frame shows what the event asked for first. Work queued in
 * one frame runs in the order it was queued, in one task; aborting `signal` drops what waits.
 */
export function afterThisFrame(signal: AbortSignal): (work: () => void) => void {
  const waiting: (() => void)[] = []
  let frame = 0
  let task: ReturnType<typeof setTimeout> | undefined
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame)
      clearTimeout(task)
      waiting.length = 0
    },
    { once: true },
  )
  return (work) => {
    if (signal.aborted) return
    waiting.push(work)
    frame ||= requestAnimationFrame(() => {
      // A task queued from a frame's callbacks runs once that frame is drawn.
      task = setTimeout(() => {
        frame = 0
        for (const each of waiting.splice(0)) each()
      })
    })
  }
}
