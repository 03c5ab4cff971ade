import { BookError } from './bookError'
import { chaptersOf, type SpineDocument } from './chapters'
import { checkEncryption, ENCRYPTION } from './encryption'
import { MAX_EPUB_BYTES } from './limits'
import { packagePath, readPackage } from './opf'
import { readNav, readNcx, type TocEntry } from './toc'
import type { DroppedContent, ParsedBook } from './types'
import { xhtmlBlocks } from './xhtml'
import { decodeDocument, parseXml } from './xml'
import { openZip } from './zip'

const CONTAINER = 'META-INF/container.xml'
const CONTENT_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/xml', 'text/xml'])

/**
 * Reads an EPUB 2 or 3 file into chapters: spine order, titles from the table of contents
 * (the EPUB 3 nav, else the NCX), XHTML turned into blocks, title, author and language from
 * the metadata. Throws a BookError naming the file and place of what is wrong; nothing of a
 * bad book is returned.
 */
export function readEpub(
  bytes: Uint8Array,
  onProgress: (done: number, total: number) => void = () => {},
): ParsedBook {
  if (bytes.byteLength > MAX_EPUB_BYTES)
    throw new BookError('tooLarge', { reason: `${bytes.byteLength} bytes` })
  const zip = openZip(bytes)
  if (!zip.entries.has(CONTAINER)) throw new BookError('noContainer', { file: CONTAINER })
  const text = (files: Map<string, Uint8Array>, name: string) => {
    const file = files.get(name)
    return file ? decodeDocument(file) : undefined
  }

  const head = zip.read([CONTAINER, ENCRYPTION])
  const opfPath = packagePath(text(head, CONTAINER)!)
  const opfXml = text(zip.read([opfPath]), opfPath)
  if (opfXml === undefined) throw new BookError('noPackage', { file: opfPath })
  const book = readPackage(opfXml, opfPath)

  const spine = book.spine.filter((item) => CONTENT_TYPES.has(item.mediaType))
  const readable = new Set([
    ...spine.map((item) => item.path),
    ...[book.nav, book.ncx].flatMap((item) => (item ? [item.path] : [])),
  ])
  const encryption = text(head, ENCRYPTION)
  if (encryption !== undefined) checkEncryption(encryption, readable)

  const files = zip.read(readable)
  const toc = tableOfContents(book.nav?.path, book.ncx?.path, files)
  const dropped: DroppedContent = { images: 0, styles: 0, scripts: 0 }
  const documents: SpineDocument[] = spine.flatMap((item, index) => {
    const xml = text(files, item.path)
    onProgress(index + 1, spine.length)
    if (xml === undefined) return []
    return [{ path: item.path, blocks: xhtmlBlocks(parseXml(xml, item.path), dropped) }]
  })
  const chapters = chaptersOf(documents, toc)
  if (chapters.length === 0) throw new BookError('noChapters', { file: opfPath })
  return {
    title: book.title || chapters[0]?.title || '',
    author: book.author,
    declaredLanguage: book.language,
    chapters,
    dropped,
  }
}

function tableOfContents(
  nav: string | undefined,
  ncx: string | undefined,
  files: Map<string, Uint8Array>,
): TocEntry[] {
  const navXml = nav && files.get(nav)
  const fromNav = navXml ? readNav(decodeDocument(navXml), nav) : []
  if (fromNav.length > 0) return fromNav
  const ncxXml = ncx && files.get(ncx)
  return ncxXml ? readNcx(decodeDocument(ncxXml), ncx) : []
}
