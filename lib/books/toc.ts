import { fragmentOf, resolveHref } from './paths'
import { descendants, first, parseXml, textOf, type XmlElement } from './xml'

/** One entry of a book's table of contents. */
export interface TocEntry {
  title: string
  /** The content document it points into (a zip entry name). */
  path: string
  /** Where in that document, when the entry points inside it. */
  fragment: string
}

/** The EPUB 3 navigation document's `toc` nav, flattened in reading order. */
export function readNav(xml: string, path: string): TocEntry[] {
  const navs = descendants(parseXml(xml, path), 'nav')
  const toc = navs.find((nav) => nav.attributes.type === 'toc') ?? navs[0]
  if (!toc) return []
  return descendants(toc, 'a')
    .filter((link) => link.attributes.href)
    .map((link) => entry(path, link.attributes.href!, textOf(link)))
}

/** The EPUB 2 NCX's navigation points, flattened in reading order. */
export function readNcx(xml: string, path: string): TocEntry[] {
  return descendants(parseXml(xml, path), 'navPoint').flatMap((point: XmlElement) => {
    const label = first(point, 'navLabel')
    const src = first(point, 'content')?.attributes.src
    return src ? [entry(path, src, label ? textOf(label) : '')] : []
  })
}

function entry(from: string, href: string, title: string): TocEntry {
  return { title, path: resolveHref(from, href), fragment: fragmentOf(href) }
}
