'use client'

import { useEffect, useState, type ReactNode } from 'react'
import { createInstance, type Resource } from 'i18next'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { initReactI18next } from 'react-i18next/initReactI18next'
import { defaultNS } from './settings'

/**
 * The interface's one i18next instance in the browser, made from the strings the server
 * layout hands it (`common` in the page's language; a page adds its own namespaces through
 * `ClientStrings`). No backend: every string a client component shows comes from the server
 * with its page, so nothing is fetched.
 *
 * Our own rather than next-i18next's client provider: a `'use client'` module keeps every
 * export it has in the first scripts of every page, and next-i18next's brings `Trans`, a
 * resource backend and a language-switch hook none of our pages use (6.4 KB gzip of the i18n
 * chunk, 22.6 against the reference page's 16.2 KB; docs/performance.md).
 */
export function I18nProvider({
  language,
  resources,
  children,
}: {
  language: string
  resources: Resource
  children: ReactNode
}) {
  const [instance] = useState(() => {
    const made = createInstance()
    made.use(initReactI18next)
    void made.init({
      lng: language,
      fallbackLng: language,
      resources,
      ns: Object.keys(resources[language] ?? {}),
      defaultNS,
      fallbackNS: defaultNS,
      // React escapes what it renders; the plain-DOM code sets text, not HTML.
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    })
    return made
  })
  // A client-side navigation to the other language renders the layout with its strings; the
  // bundles the instance was made with are not merged again at hydration.
  useEffect(() => {
    for (const [lng, bundles] of Object.entries(resources))
      for (const [ns, bundle] of Object.entries(bundles))
        if (!instance.hasResourceBundle(lng, ns))
          instance.addResourceBundle(lng, ns, bundle, true, true)
    if (instance.language !== language) void instance.changeLanguage(language)
  }, [instance, language, resources])
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>
}

/** The strings of `ns` (and `common`) for a client component, typed by i18n/i18next.d.ts. */
export const useT = useTranslation
