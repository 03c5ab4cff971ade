/**
 * Registers the service worker and reports a new version waiting to take over. A waiting
 * worker activates only when the reader asks (or every tab of the old version is closed), and
 * every open tab then reloads: no page ever runs old code against the new version's files.
 */
export function watchServiceWorker(onWaiting: (worker: ServiceWorker) => void): () => void {
  const { serviceWorker } = navigator
  // The very first worker takes over a page without a version change: nothing to reload.
  const updating = Boolean(serviceWorker.controller)
  let stopped = false
  const onControllerChange = () => {
    if (updating) window.location.reload()
  }
  serviceWorker.addEventListener('controllerchange', onControllerChange)
  serviceWorker.register('/sw.js', { scope: '/' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // A browser that blocks workers may resolve with nothing rather than fail.
      if (!registration) return
      const report = () => {
        if (!stopped && registration.waiting && serviceWorker.controller)
          onWaiting(registration.waiting)
      }
      report()
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') report()
        })
      })
    },
    // Without a worker the app works as before, online only.
    () => {},
  )
  return () => {
    stopped = true
    serviceWorker.removeEventListener('controllerchange', onControllerChange)
  }
}
