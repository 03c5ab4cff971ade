'use client'

import { deferHydration } from '@/components/shared/deferHydration'

/**
 * The reader's toolbar (view modes, text size, read-along, the keyboard shortcuts), hydrated
 * after the text's own scripts (see deferHydration): its markup is in the first paint, its
 * code comes after it.
 */
export const ReaderToolbar = deferHydration(
  async () => (await import('./ReaderToolbar')).ReaderToolbar,
)
