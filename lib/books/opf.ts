import { BookError } from './bookError'
import { resolveHref } from './paths'
import { descendants, first, parseXml, textOf } from './xml'

export interface ManifestItem {
  id: string
  /** The zip entry's name. */
  path: string
  mediaType: string
  properties: string[]
}

export interface BookPackage {
  path: string
  title: string
  author?: string
  /** `dc:language`, as written (de, de-DE, ger). */
  language?: string
  manifest: Map<string, ManifestItem>
  /** Content documents in reading order. */
  spine: ManifestItem[]
  /** The EPUB 3 navigation document. */
  nav?: ManifestItem
  /** The EPUB 2 table of contents. */
  ncx?: ManifestItem
}

const CONTAINER = 'META-INF/container.xml'

/** The package document's name, from `META-INF/container.xml`. */
export function packagePath(containerXml: string): string {
  const rootfiles = descendants(parseXml(containerXml, CONTAINER), 'rootfile')
  const opf =
    rootfiles.find(
      (rootfile) => rootfile.attributes['media-type'] === 'application/oebps-package+xml',
    ) ?? rootfiles[0]
  const path = opf?.attributes['full-path']
  if (!path) throw new BookError('noPackage', { file: CONTAINER, reason: 'no rootfile named' })
  return path
}

/** Reads the package document: metadata, manifest and spine. */
export function readPackage(opfXml: string, path: string): BookPackage {
  const opf = parseXml(opfXml, path)
  const metadata = first(opf, 'metadata')
  const meta = (name: string) => {
    const element = metadata && first(metadata, name)
    const text = element && textOf(element)
    return text || undefined
  }

  const manifest = new Map<string, ManifestItem>()
  for (const item of descendants(opf, 'item')) {
    const { id, href } = item.attributes
    if (!id || !href) continue
    manifest.set(id, {
      id,
      path: resolveHref(path, href),
      mediaType: item.attributes['media-type'] ?? '',
      properties: (item.attributes.properties ?? '').split(/\s+/u).filter(Boolean),
    })
  }

  const spineElement = first(opf, 'spine')
  if (!spineElement) throw new BookError('noPackage', { file: path, reason: 'no spine' })
  const spine = descendants(spineElement, 'itemref')
    .filter((itemref) => itemref.attributes.linear !== 'no')
    .map((itemref) => manifest.get(itemref.attributes.idref ?? ''))
    .filter((item): item is ManifestItem => item !== undefined)

  const nav = [...manifest.values()].find((item) => item.properties.includes('nav'))
  const ncx =
    manifest.get(spineElement.attributes.toc ?? '') ??
    [...manifest.values()].find((item) => item.mediaType === 'application/x-dtbncx+xml')

  return {
    path,
    title: meta('title') ?? '',
    author: meta('creator'),
    language: meta('language'),
    manifest,
    spine,
    nav,
    ncx,
  }
}
