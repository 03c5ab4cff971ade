import { getSyncStore } from '@/components/storage/syncStore'
import { deviceLabel } from '@/lib/sync/deviceLabel'
import { CHANGE_DEBOUNCE_MS, POLL_MS, SyncEngine } from '@/lib/sync/engine'
import { SYNC_FLAG } from './syncFlag'

let opening: Promise<SyncEngine | undefined> | undefined
let running: { stop: () => void; users: number } | undefined

/** The page's one sync engine, when sync is on; opened on first use. */
export function getSyncEngine(): Promise<SyncEngine | undefined> {
  opening ??= (async () => SyncEngine.open(await getSyncStore()))().catch((error: unknown) => {
    opening = undefined
    throw error
  })
  return opening
}

/**
 * Runs sync while the page is open: at once, a moment after each local change, every few
 * seconds while the page is visible (for the other devices' changes), and when the
 * connection comes back. Each caller gets a stop function; the last one stops it.
 */
export async function startSync(): Promise<() => void> {
  const engine = await getSyncEngine()
  if (!engine) {
    localStorage.removeItem(SYNC_FLAG)
    return () => undefined
  }
  localStorage.setItem(SYNC_FLAG, 'on')
  if (!running) {
    const syncNow = () => void engine.syncNow()
    const whenVisible = () => {
      if (document.visibilityState === 'visible') engine.poll()
    }
    const stopWatching = engine.store.watchPending(
      (count) => {
        if (count > 0) engine.schedule(CHANGE_DEBOUNCE_MS)
      },
      () => undefined,
    )
    const poll = setInterval(whenVisible, POLL_MS)
    window.addEventListener('online', syncNow)
    window.addEventListener('offline', syncNow)
    document.addEventListener('visibilitychange', whenVisible)
    const label = deviceLabel(navigator.userAgent)
    syncNow()
    if (label) void engine.sendLabel(label).catch(() => undefined)
    running = {
      users: 0,
      stop: () => {
        stopWatching()
        clearInterval(poll)
        window.removeEventListener('online', syncNow)
        window.removeEventListener('offline', syncNow)
        document.removeEventListener('visibilitychange', whenVisible)
        engine.stop()
      },
    }
  }
  const current = running
  current.users++
  return () => {
    if (--current.users > 0 || running !== current) return
    current.stop()
    running = undefined
    opening = undefined
  }
}

/** After turning on, joining, rotating or leaving: the next engine is for the new space. */
export function restartSync() {
  running?.stop()
  running = undefined
  opening = undefined
}
