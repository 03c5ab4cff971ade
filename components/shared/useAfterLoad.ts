import { useEffect, useEffectEvent } from 'react'
import { afterLoad } from './afterLoad'

/**
 * Starts work once the page has loaded and is idle (loading its code then, with import()),
 * and stops it on unmount, also when unmount comes while the code is still loading.
 * `start` resolves to its own stop function; the work restarts when `key` changes.
 */
export function useAfterLoad(start: () => Promise<() => void>, key?: string) {
  const run = useEffectEvent(start)
  useEffect(() => {
    let stop: (() => void) | undefined
    let stopped = false
    const cancel = afterLoad(() => {
      void run().then((stopWork) => {
        if (stopped) stopWork()
        else stop = stopWork
      })
    })
    return () => {
      stopped = true
      cancel()
      stop?.()
    }
  }, [key])
}
