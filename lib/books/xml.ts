import { decodeHTML } from 'entities'
import { SaxesParser } from 'saxes'
import { BookError } from './bookError'

/** An element of a parsed XML document: local name, attributes by local name, children. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

/**
 * XHTML in books uses HTML's named entities (&nbsp;, &mdash;) that its DTD declares and XML
 * alone does not know: resolve them as HTML does, and leave a name HTML does not know
 * undefined, which the parser reports.
 */
const htmlEntities: Record<string, string> = new Proxy(
  {},
  {
    get(_, name) {
      if (typeof name !== 'string') return undefined
      const decoded = decodeHTML(`&${name};`)
      return decoded === `&${name};` ? undefined : decoded
    },
  },
)

/**
 * Parses a document of a book strictly, as EPUB requires: one that is not well-formed is
 * refused with its file, line and column, rather than read halfway.
 */
export function parseXml(text: string, file: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const xmlEntities = parser.ENTITIES
  parser.ENTITIES = new Proxy(xmlEntities, {
    get: (target, name) => (name in target ? target[name as string] : htmlEntities[name as string]),
  })
  const root: XmlElement = { name: '#document', attributes: {}, children: [] }
  const open: XmlElement[] = [root]
  const current = () => open[open.length - 1]!
  let failure: BookError | undefined

  parser.on('error', (error) => {
    failure ??= new BookError('brokenXml', {
      file,
      line: parser.line,
      column: parser.column,
      reason: error.message.replace(/^[^:]*:\d+:\d+: /u, ''),
    })
  })
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.local ?? tag.name,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((attribute) =>
          typeof attribute === 'string' ? ['', attribute] : [attribute.local, attribute.value],
        ),
      ),
      children: [],
    }
    current().children.push(element)
    open.push(element)
  })
  parser.on('closetag', () => {
    open.pop()
  })
  parser.on('text', (value) => current().children.push(value))
  parser.on('cdata', (value) => current().children.push(value))

  parser.write(text).close()
  if (failure) throw failure
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string')
  if (!element) throw new BookError('brokenXml', { file, reason: 'no root element' })
  return element
}

/**
 * A document's bytes as text, in the encoding its XML declaration names (older EPUB 2 books
 * are sometimes ISO-8859-1) or its byte-order mark shows; UTF-8 otherwise.
 */
export function decodeDocument(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  const declaration = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const encoding = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/u.exec(declaration)?.[1]
  try {
    return new TextDecoder(encoding ?? 'utf-8').decode(bytes)
  } catch {
    // A label TextDecoder does not know: most such files are UTF-8 anyway.
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/** The elements below `element` with this local name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue
      if (child.name === name) found.push(child)
      visit(child)
    }
  }
  visit(element)
  return found
}

/** The first element below `element` with this local name. */
export function first(element: XmlElement, name: string): XmlElement | undefined {
  return descendants(element, name)[0]
}

/** The text inside an element, whitespace collapsed. */
export function textOf(node: XmlNode): string {
  const raw = (n: XmlNode): string => (typeof n === 'string' ? n : n.children.map(raw).join(''))
  return raw(node).replace(/\s+/gu, ' ').trim()
}
