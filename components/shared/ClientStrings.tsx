'use client'

import type { ReactNode } from 'react'
import type { Resource } from 'i18next'
import { useT } from '@/i18n/client'

/**
 * Adds a page's namespaces to the interface's one i18next instance, the one the root layout's
 * `I18nProvider` made with `common`. It adds them while rendering, before its children render
 * and read them: in an effect, the server's HTML and the first client render would show keys.
 * Adding a bundle again replaces it with the same strings, so a second render changes nothing.
 */
export function ClientStrings({
  resources,
  children,
}: {
  resources: Resource
  children: ReactNode
}) {
  const { i18n } = useT()
  for (const [lng, bundles] of Object.entries(resources)) {
    for (const [ns, bundle] of Object.entries(bundles))
      i18n.addResourceBundle(lng, ns, bundle, true, true)
  }
  return children
}
