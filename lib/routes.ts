const pages = ['page-not-found', 'words', 'review']

/**
 * Whether a path under a supported language prefix is a page the app has. The proxy asks
 * this so that every other address answers 404 before rendering.
 */
export function isKnownPage(pathname: string, slugs: readonly string[]): boolean {
  const segments = pathname.split('/').filter(Boolean)
  if (segments.length === 1) return true
  if (segments.length === 2) return pages.includes(segments[1] ?? '')
  return segments.length === 3 && segments[1] === 'read' && slugs.includes(segments[2] ?? '')
}
