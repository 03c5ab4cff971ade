/** Resolves an href inside a book against the document it appears in, as zip entry names. */
export function resolveHref(from: string, href: string): string {
  const withoutFragment = href.split('#')[0] ?? ''
  let decoded = withoutFragment
  try {
    decoded = decodeURIComponent(withoutFragment)
  } catch {
    // An href with a stray % is taken as written.
  }
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : ''
  const parts: string[] = []
  for (const part of (decoded.startsWith('/') ? decoded.slice(1) : base + decoded).split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/')
}

/** The fragment of an href (`#chapter-3`), or '' without one. */
export function fragmentOf(href: string): string {
  const at = href.indexOf('#')
  return at === -1 ? '' : href.slice(at + 1)
}
