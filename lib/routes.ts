// `mine` is the one page behind every imported text's address, `book` behind every book's:
// the offline worker stores them.
const pages = ['page-not-found', 'words', 'review', 'import', 'mine', 'book', 'offline', 'sync']

/** An imported text's id, as `crypto.randomUUID()` makes it. */
const IMPORTED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u

/** Where an imported text is read: its words live on the device, so any well-formed id is a page. */
export function importedTextPath(lng: string, id: string): string {
  return `/${lng}/mine/${id}`
}

/** The id in an imported text's path, if the path is one; the page behind them all is one. */
export function importedTextId(pathname: string): string | undefined {
  const [, , mine, id, ...rest] = pathname.split('/')
  return mine === 'mine' && rest.length === 0 && id && IMPORTED_ID.test(id) ? id : undefined
}

/** Where a book is read: like an imported text, it lives on the device. */
export function bookPath(lng: string, id: string): string {
  return `/${lng}/book/${id}`
}

/** The id in a book's path, if the path is one. */
export function bookId(pathname: string): string | undefined {
  const [, , book, id, ...rest] = pathname.split('/')
  return book === 'book' && rest.length === 0 && id && IMPORTED_ID.test(id) ? id : undefined
}

/**
 * Whether a path under a supported language prefix is a page the app has. The proxy asks
 * this so that every other address answers 404 before rendering.
 */
export function isKnownPage(pathname: string, slugs: readonly string[]): boolean {
  const segments = pathname.split('/').filter(Boolean)
  if (segments.length === 1) return true
  if (segments.length === 2) return pages.includes(segments[1] ?? '')
  if (segments.length !== 3) return false
  if (segments[1] === 'mine') return importedTextId(pathname) !== undefined
  if (segments[1] === 'book') return bookId(pathname) !== undefined
  return segments[1] === 'read' && slugs.includes(segments[2] ?? '')
}
