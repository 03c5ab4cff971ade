import type { ReactNode } from 'react'
import { getResources, getT } from '@/i18n/server'
import type { PageNamespace } from '@/i18n/settings'
import { ClientStrings } from './ClientStrings'

interface PageStringsProps {
  /** The namespaces the client components below show; `common` is every page's already. */
  ns: PageNamespace[]
  children: ReactNode
}

/**
 * Gives the client components below the page's own namespaces, in the page's language only:
 * they then read them with `useT(ns)`, as they read `common`.
 */
export async function PageStrings({ ns, children }: PageStringsProps) {
  const { i18n, lng } = await getT(ns)
  return <ClientStrings resources={getResources(i18n, ns, [lng])}>{children}</ClientStrings>
}
