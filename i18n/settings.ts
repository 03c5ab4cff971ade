import type { I18nConfig } from 'next-i18next/proxy'

/**
 * The one place that says which interface languages exist. The proxy, the server
 * translations and the client switch all read it; it holds no loader, so importing it from a
 * client component does not pull locale files into the browser bundle.
 */
export const languages = ['en', 'de'] as const
export type Language = (typeof languages)[number]
export const fallbackLng: Language = 'en'
export const defaultNS = 'common'
/** Word entries for the popups: a page sends only the ones its text uses, never the file. */
export const vocabularyNS = 'vocabulary'
/**
 * The interface strings, one namespace per page or feature: a page hands its client
 * components the namespaces they show (see `components/shared/PageStrings.tsx`) and no more.
 * `common` is every page's (header, reader, popup); `learning` the reader's marks and status
 * buttons; `storage` the storage failures of every page that stores; `words`, `review`,
 * `import`, `library` (progress, imported texts), `mine` (an imported text's reader),
 * `books` (a book's import, library entry and reader) and `sync` are their pages'.
 */
export const pageNamespaces = [
  'learning',
  'storage',
  'words',
  'review',
  'import',
  'library',
  'mine',
  'books',
  'sync',
] as const
export type PageNamespace = (typeof pageNamespaces)[number]
export const namespaces = [defaultNS, vocabularyNS, ...pageNamespaces] as const
export const cookieName = 'zk-lng'
export const cookieMaxAge = 60 * 60 * 24 * 365

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value)
}

export const i18nSettings: I18nConfig = {
  supportedLngs: [...languages],
  fallbackLng,
  defaultNS,
  ns: [...namespaces],
  cookieName,
  cookieMaxAge,
  // The switch writes the cookie on click: a proxy-written cookie would follow link
  // prefetches and flip the reader's choice.
  persistCookie: false,
}
