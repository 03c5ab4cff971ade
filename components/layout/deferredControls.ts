'use client'

import { deferHydration } from '@/components/shared/deferHydration'

// The site header's and layout's client parts, hydrated after the page (see deferHydration):
// their code is not among the scripts every page loads before its first paint.

export const ThemeSelect = deferHydration(async () => (await import('./ThemeSelect')).ThemeSelect)

export const LanguageSwitch = deferHydration(
  async () => (await import('./LanguageSwitch')).LanguageSwitch,
)

export const DueCount = deferHydration(
  async () => (await import('@/components/review/DueCount')).DueCount,
)

export const OfflineSupport = deferHydration(
  async () => (await import('@/components/offline/OfflineSupport')).OfflineSupport,
)

export const SyncRunner = deferHydration(
  async () => (await import('@/components/sync/SyncRunner')).SyncRunner,
)
