'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'
import { useT } from '@/i18n/client'
import { useAfterLoad } from '@/components/shared/useAfterLoad'

/**
 * Keeps the app usable offline (the service worker registers once the page is idle) and
 * offers a new version when one has been deployed.
 */
export function OfflineSupport() {
  const { t } = useT()
  const [waiting, setWaiting] = useState<ServiceWorker>()
  const pathname = usePathname()
  useEffect(() => {
    // Pages reached by a client-side link make no request the worker could store.
    navigator.serviceWorker?.controller?.postMessage({ keep: window.location.pathname })
  }, [pathname])
  useAfterLoad(async () => {
    // `next dev` rebuilds files under the same names: a worker there would serve stale code.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return () => {}
    const { watchServiceWorker } = await import('./serviceWorker')
    return watchServiceWorker(setWaiting)
  })
  return (
    <div className="update-notice" role="status">
      {waiting && (
        <p>
          {t('offline.updateReady')}{' '}
          <button type="button" onClick={() => waiting.postMessage('skipWaiting')}>
            {t('offline.reload')}
          </button>
        </p>
      )}
    </div>
  )
}
