// zod/mini: this module runs in the browser, where full zod would cost ~30 KB gzip.
import * as z from 'zod/mini'

export const viewModes = ['both', 'de', 'en', 'hidden'] as const
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
}

export const defaultPrefs: Prefs = {
  view: 'both',
  swap: false,
  textSize: 'm',
  theme: 'system',
  shortcuts: true,
  hoverPopup: true,
}

export const PREFS_STORAGE_KEY = 'zweiklang:prefs'

// Each field falls back on its own, so one bad value does not throw away the others.
const prefsSchema = z.object({
  view: z.catch(z.enum(viewModes), defaultPrefs.view),
  swap: z.catch(z.boolean(), defaultPrefs.swap),
  textSize: z.catch(z.enum(textSizes), defaultPrefs.textSize),
  theme: z.catch(z.enum(themes), defaultPrefs.theme),
  shortcuts: z.catch(z.boolean(), defaultPrefs.shortcuts),
  hoverPopup: z.catch(z.boolean(), defaultPrefs.hoverPopup),
})

/** Reads stored preferences; anything missing, unknown or corrupted becomes the default. */
export function parsePrefs(stored: string | null): Prefs {
  if (!stored) return defaultPrefs
  try {
    const value: unknown = JSON.parse(stored)
    return prefsSchema.parse(typeof value === 'object' && value !== null ? value : {})
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
  }
}

export function nextTextSize(size: TextSize, step: 1 | -1): TextSize {
  const index = textSizes.indexOf(size) + step
  return textSizes[Math.min(textSizes.length - 1, Math.max(0, index))] ?? size
}

export function nextTheme(theme: Theme): Theme {
  return themes[(themes.indexOf(theme) + 1) % themes.length] ?? 'system'
}
