import { strToU8, zipSync, type Zippable } from 'fflate'

/** A chapter of a test book: its file name, title in the table of contents, and body. */
export interface TestChapter {
  file: string
  title?: string
  body: string
}

export interface TestBook {
  title?: string
  author?: string
  language?: string
  chapters: TestChapter[]
  /** EPUB 2 (NCX) or EPUB 3 (nav). */
  version?: 2 | 3
  /** More files, by zip name (e.g. an encryption.xml, an image). */
  extra?: Record<string, Uint8Array | string>
  /** Leave the container out, or point it at a package that is not there. */
  container?: string | null
  /** Table-of-contents entries beyond one per chapter (`file#fragment` → title). */
  toc?: { href: string; title: string }[]
}

const xhtml = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>t</title><link rel="stylesheet" href="style.css"/></head>
<body>${body}</body></html>`

/** Builds an EPUB file in memory, as books made by common tools lay them out. */
export function makeEpub(book: TestBook): Uint8Array {
  const version = book.version ?? 3
  const toc =
    book.toc ?? book.chapters.flatMap((c) => (c.title ? [{ href: c.file, title: c.title }] : []))
  const manifest = book.chapters
    .map((c, i) => `<item id="c${i}" href="${c.file}" media-type="application/xhtml+xml"/>`)
    .join('\n')
  const spine = book.chapters.map((_, i) => `<itemref idref="c${i}"/>`).join('')
  const nav = `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Inhalt</title></head><body><nav epub:type="toc"><h1>Inhalt</h1><ol>
${toc.map((t) => `<li><a href="${t.href}">${t.title}</a></li>`).join('\n')}
</ol></nav></body></html>`
  const ncx = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
${toc.map((t, i) => `<navPoint id="p${i}" playOrder="${i + 1}"><navLabel><text>${t.title}</text></navLabel><content src="${t.href}"/></navPoint>`).join('\n')}
</navMap></ncx>`
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${version}.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">test</dc:identifier>
${book.title ? `<dc:title>${book.title}</dc:title>` : ''}
${book.author ? `<dc:creator>${book.author}</dc:creator>` : ''}
<dc:language>${book.language ?? 'de'}</dc:language>
</metadata>
<manifest>
${version === 3 ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' : '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'}
<item id="css" href="style.css" media-type="text/css"/>
${manifest}
</manifest>
<spine${version === 2 ? ' toc="ncx"' : ''}>${spine}</spine>
</package>`
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/style.css': strToU8('p { margin: 0 }'),
    [version === 3 ? 'OEBPS/nav.xhtml' : 'OEBPS/toc.ncx']: strToU8(version === 3 ? nav : ncx),
  }
  if (book.container !== null)
    files['META-INF/container.xml'] = strToU8(`<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="${book.container ?? 'OEBPS/content.opf'}" media-type="application/oebps-package+xml"/></rootfiles>
</container>`)
  for (const chapter of book.chapters) files[`OEBPS/${chapter.file}`] = strToU8(xhtml(chapter.body))
  for (const [name, content] of Object.entries(book.extra ?? {}))
    files[name] = typeof content === 'string' ? strToU8(content) : content
  return zipSync(files)
}
