'use client'

// The site's deferred controls as one module, so that they arrive in one chunk (one request)
// rather than one each: see deferredControls.
export { ThemeSelect } from './ThemeSelect'
export { LanguageSwitch } from './LanguageSwitch'
export { DueCount } from '@/components/review/DueCount'
export { OfflineSupport } from '@/components/offline/OfflineSupport'
export { SyncRunner } from '@/components/sync/SyncRunner'
