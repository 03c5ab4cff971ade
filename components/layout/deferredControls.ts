'use client'

import { deferHydration } from '@/components/shared/deferHydration'

// The site header's and layout's client parts, hydrated after the page (see deferHydration):
// their code is not among the scripts every page loads before its first paint. They share
// one chunk, fetched once for all five.
const controls = () => import('./siteControls')

export const ThemeSelect = deferHydration(async () => (await controls()).ThemeSelect)
export const LanguageSwitch = deferHydration(async () => (await controls()).LanguageSwitch)
export const DueCount = deferHydration(async () => (await controls()).DueCount)
export const OfflineSupport = deferHydration(async () => (await controls()).OfflineSupport)
export const SyncRunner = deferHydration(async () => (await controls()).SyncRunner)
