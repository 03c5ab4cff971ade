'use client'

import { useAfterLoad } from '@/components/shared/useAfterLoad'
import { SYNC_FLAG } from './syncFlag'

/** Loads and runs the sync engine after the page has loaded, on devices that sync. */
export function SyncRunner() {
  useAfterLoad(async () => {
    if (localStorage.getItem(SYNC_FLAG) !== 'on') return () => undefined
    const { startSync } = await import('./syncRunner')
    return startSync()
  })
  return null
}
