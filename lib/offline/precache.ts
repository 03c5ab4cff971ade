import { languages } from '@/i18n/settings'

/** The pages every language precaches: the app shell a reader can open with no network. */
const SHELL_PAGES = ['', '/words', '/review', '/import', '/mine', '/book', '/offline', '/sync']

/** Data the shell needs whatever text is read: the curated vocabulary for imported texts. */
const SHELL_DATA = ['/vocabulary.json']

/**
 * What the service worker stores when it installs: every page of the shell in every
 * language, the files of the build (all of them, so that code loaded later — storage, review,
 * the lemmatiser — works offline too), the manifests and icons. Texts are not in it: each is
 * stored when it is first opened.
 */
export function precacheList(staticFiles: readonly string[], icons: readonly string[]): string[] {
  const pages = languages.flatMap((lng) => SHELL_PAGES.map((page) => `/${lng}${page}`))
  const manifests = languages.map((lng) => `/${lng}/manifest.webmanifest`)
  const assets = staticFiles
    .filter((file) => !file.endsWith('.map'))
    .map((file) => `/_next/static/${file.split('\\').join('/')}`)
  return [...pages, ...SHELL_DATA, ...manifests, ...icons, ...assets.sort()]
}
