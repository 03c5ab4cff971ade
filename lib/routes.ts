const pages = ['page-not-found', 'words', 'review', 'import']

/** An imported text's id, as `crypto.randomUUID()` makes it. */
const IMPORTED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u

/** Where an imported text is read: its words live on the device, so any well-formed id is a page. */
export function importedTextPath(lng: string, id: string): string {
  return `/${lng}/mine/${id}`
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
  if (segments[1] === 'mine') return IMPORTED_ID.test(segments[2] ?? '')
  return segments[1] === 'read' && slugs.includes(segments[2] ?? '')
}
