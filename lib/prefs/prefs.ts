import { readingRates, type ReadingRate } from '@/lib/speech/readAlong'

/** `sentences`: each English sentence under its German one (phones, close reading). */
export const viewModes = ['both', 'de', 'en', 'hidden', 'sentences'] as const
export const textSizes = ['s', 'm', 'l', 'xl'] as const
export const themes = ['system', 'light', 'dark'] as const

export type ViewMode = (typeof viewModes)[number]
export type TextSize = (typeof textSizes)[number]
export type Theme = (typeof themes)[number]

export interface Prefs {
  view: ViewMode
  swap: boolean
  textSize: TextSize
  theme: Theme
  shortcuts: boolean
  /** Word popups open on hover; when off, a click or tap opens them. */
  hoverPopup: boolean
  /** Words are marked in the text by their learning status (new, learning). */
  statusMarks: boolean
  /** How fast read-along speaks, 0.5× to 1.5×. */
  readingRate: ReadingRate
}

export const defaultPrefs: Prefs = {
  view: 'both',
  swap: false,
  textSize: 'm',
  theme: 'system',
  shortcuts: true,
  hoverPopup: true,
  statusMarks: true,
  readingRate: 1,
}

export const PREFS_STORAGE_KEY = 'zweiklang:prefs'

// This module runs in the browser on every page: eight fields are checked by hand rather than
// with zod, which costs 16 KB gzip of first-load JS even as zod/mini.
function oneOf<T extends string | number>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}
function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback
}

/** Each field falls back on its own, so one bad value does not throw away the others. */
function toPrefs(stored: Record<string, unknown>): Prefs {
  return {
    view: oneOf(viewModes, stored.view, defaultPrefs.view),
    swap: flag(stored.swap, defaultPrefs.swap),
    textSize: oneOf(textSizes, stored.textSize, defaultPrefs.textSize),
    theme: oneOf(themes, stored.theme, defaultPrefs.theme),
    shortcuts: flag(stored.shortcuts, defaultPrefs.shortcuts),
    hoverPopup: flag(stored.hoverPopup, defaultPrefs.hoverPopup),
    statusMarks: flag(stored.statusMarks, defaultPrefs.statusMarks),
    readingRate: oneOf(readingRates, stored.readingRate, defaultPrefs.readingRate),
  }
}

/** Reads stored preferences; anything missing, unknown or corrupted becomes the default. */
export function parsePrefs(stored: string | null): Prefs {
  if (!stored) return defaultPrefs
  try {
    const value: unknown = JSON.parse(stored)
    const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value)
    return toPrefs(isRecord ? (value as Record<string, unknown>) : {})
  } catch {
    return defaultPrefs
  }
}

/** The `<html>` data attributes that CSS reads to lay the page out. */
export function prefsToDataset(prefs: Prefs): Record<string, string> {
  return {
    view: prefs.view,
    swap: String(prefs.swap),
    textSize: prefs.textSize,
    theme: prefs.theme,
    marks: String(prefs.statusMarks),
  }
}

export function nextTextSize(size: TextSize, step: 1 | -1): TextSize {
  const index = textSizes.indexOf(size) + step
  return textSizes[Math.min(textSizes.length - 1, Math.max(0, index))] ?? size
}

export function nextTheme(theme: Theme): Theme {
  return themes[(themes.indexOf(theme) + 1) % themes.length] ?? 'system'
}
