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
