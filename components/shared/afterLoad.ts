/**
 * Runs `work` once the page has loaded and the browser is idle, so that code not needed for
 * the first paint (storage, positioning) never competes with it. Returns a cancel function.
 */
export function afterLoad(work: () => void): () => void {
  let cancelled = false
  let idle: number | undefined
  const run = () => {
    if (cancelled) return
    idle = window.requestIdleCallback
      ? window.requestIdleCallback(() => !cancelled && work(), { timeout: 2000 })
      : window.setTimeout(() => !cancelled && work(), 200)
  }
  if (document.readyState === 'complete') run()
  else window.addEventListener('load', run, { once: true })
  return () => {
    cancelled = true
    window.removeEventListener('load', run)
    if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle)
  }
}

/**
 * Runs `work` at the load event (at once if it has passed): for content the page's own
 * scripts must fetch, which should not wait for idle time but must not delay them either.
 */
export function onLoad(work: () => void): () => void {
  let cancelled = false
  const run = () => {
    if (!cancelled) work()
  }
  if (document.readyState === 'complete') queueMicrotask(run)
  else window.addEventListener('load', run, { once: true })
  return () => {
    cancelled = true
    window.removeEventListener('load', run)
  }
}
