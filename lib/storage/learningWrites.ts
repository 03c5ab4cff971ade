/**
 * The name under which Dexie announces every write: as a DOM event on the writing page and on
 * a BroadcastChannel to the other tabs. Dexie's own (pinned in package-lock.json; a unit test
 * fails if a Dexie update renames it), so that readers that do not load Dexie still hear
 * about writes.
 */
export const DEXIE_WRITE_NOTICE = 'x-storagemutated-1'

/** Calls `onWrite` after any write to IndexedDB through Dexie, in this tab or another. */
export function onDexieWrite(onWrite: () => void): () => void {
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(DEXIE_WRITE_NOTICE)
  channel?.addEventListener('message', onWrite)
  const target = typeof window === 'undefined' ? undefined : window
  target?.addEventListener(DEXIE_WRITE_NOTICE, onWrite)
  return () => {
    channel?.close()
    target?.removeEventListener(DEXIE_WRITE_NOTICE, onWrite)
  }
}
