import { useSyncExternalStore } from 'react'
import {
  defaultPrefs,
  parsePrefs,
  PREFS_STORAGE_KEY,
  prefsToDataset,
  type Prefs,
} from '@/lib/prefs/prefs'

let current: Prefs | undefined
const listeners = new Set<() => void>()

function readStorage(): string | null {
  try {
    return localStorage.getItem(PREFS_STORAGE_KEY)
  } catch {
    return null
  }
}

function applyToDocument(prefs: Prefs) {
  Object.assign(document.documentElement.dataset, prefsToDataset(prefs))
}

export function getPrefs(): Prefs {
  current ??= parsePrefs(readStorage())
  return current
}

function publish(prefs: Prefs) {
  current = prefs
  applyToDocument(prefs)
  for (const listener of listeners) listener()
}

function onStorage(event: StorageEvent) {
  // Another tab changed the settings: follow it.
  if (event.key === PREFS_STORAGE_KEY) publish(parsePrefs(event.newValue))
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}

/** Saves a change to the reading settings and applies it to the page at once. */
export function updatePrefs(change: Partial<Prefs>) {
  const next = { ...getPrefs(), ...change }
  try {
    localStorage.setItem(PREFS_STORAGE_KEY, JSON.stringify(next))
  } catch {
    // Private mode or a full quota: the choice still holds for this page view.
  }
  publish(next)
}

export function usePrefs(): Prefs {
  return useSyncExternalStore(subscribe, getPrefs, () => defaultPrefs)
}
