import type { BookBlock, DroppedContent } from './types'
import { textOf, type XmlElement, type XmlNode } from './xml'

/** A block and the ids of the elements that start at it: where a table of contents may point. */
export interface AnchoredBlock {
  block: BookBlock
  anchors: string[]
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const PARAGRAPHS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'figcaption', 'caption'])
const NOTES = new Set(['blockquote', 'aside'])
const CONTAINERS = new Set([
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'hgroup',
  'center',
])
const IMAGES = new Set(['img', 'image', 'svg', 'picture', 'video', 'audio', 'object'])
/** Elements whose content is not text to read. */
const SKIPPED = new Set([
  'head',
  'style',
  'script',
  'nav',
  'math',
  'rt',
  'rp',
  'noscript',
  'template',
])
/** Class names by which books mark a line of verse (`<span class="line">`). */
const LINE_CLASS = /\b(?:line|verse|vers|zeile)\d*\b/iu
/** Class names by which books mark a poem or a stanza: one verse block, its lines kept. */
const STANZA_CLASS = /\b(?:poem|stanza|strophe|gedicht|lg)\d*\b/iu

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string'
const hasBlockChild = (element: XmlElement) =>
  element.children.some((child) => isElement(child) && isBlock(child))

function isBlock(element: XmlElement): boolean {
  return (
    HEADINGS.has(element.name) ||
    PARAGRAPHS.has(element.name) ||
    NOTES.has(element.name) ||
    CONTAINERS.has(element.name) ||
    element.name === 'pre' ||
    SKIPPED.has(element.name) ||
    element.name === 'link'
  )
}

function hasHeading(element: XmlElement): boolean {
  return element.children.some(
    (child) => isElement(child) && (HEADINGS.has(child.name) || hasHeading(child)),
  )
}

/** Text of an inline run, with `<br>` as a line break and footnote references left out. */
function inlineText(node: XmlNode, dropped: DroppedContent): string {
  if (!isElement(node)) return node
  if (node.name === 'br') return '\n'
  if (IMAGES.has(node.name)) {
    dropped.images++
    return ''
  }
  if (SKIPPED.has(node.name)) {
    countSkipped(node, dropped)
    return ''
  }
  if (node.attributes.type?.split(/\s+/u).includes('noteref')) return ''
  const text = node.children.map((child) => inlineText(child, dropped)).join('')
  // A line marked by its class, or a block inside a stanza, ends with a break even
  // without a <br>.
  const endsLine = LINE_CLASS.test(node.attributes.class ?? '') || isBlock(node)
  return endsLine && !text.endsWith('\n') ? `${text}\n` : text
}

function countSkipped(element: XmlElement, dropped: DroppedContent) {
  if (element.name === 'style') dropped.styles++
  if (element.name === 'script') dropped.scripts++
}

/** Lines of a run: blank lines and surrounding spaces dropped, inner spaces collapsed. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
}

/**
 * Turns a content document's body into blocks: headings, paragraphs, lines of verse kept as
 * lines, block quotes and asides as notes. Images, styles and scripts are dropped and
 * counted in `dropped`.
 */
export function xhtmlBlocks(html: XmlElement, dropped: DroppedContent): AnchoredBlock[] {
  const out: AnchoredBlock[] = []
  let pending: string[] = []

  const push = (kind: BookBlock['kind'], raw: string, forceVerse = false) => {
    const lines = linesOf(raw)
    if (lines.length === 0) return
    const verse = kind !== 'heading' && (forceVerse || lines.length > 1)
    const block: BookBlock = verse
      ? { kind, text: lines.join('\n'), verse: true }
      : { kind, text: lines.join(' ') }
    out.push({ block, anchors: pending })
    pending = []
  }

  const visit = (element: XmlElement, inNote: boolean) => {
    if (element.attributes.id) pending.push(element.attributes.id)
    const { name } = element
    if (SKIPPED.has(name)) {
      countSkipped(element, dropped)
      return
    }
    if (name === 'link') {
      if (element.attributes.rel?.includes('stylesheet')) dropped.styles++
      return
    }
    if (IMAGES.has(name)) {
      dropped.images++
      return
    }
    if (HEADINGS.has(name)) return push('heading', textOf(element))
    if (STANZA_CLASS.test(element.attributes.class ?? '') && !hasHeading(element))
      return push(inNote ? 'note' : 'paragraph', inlineText(element, dropped), true)
    if (name === 'pre')
      return push(inNote ? 'note' : 'paragraph', inlineText(element, dropped), true)
    const note = inNote || NOTES.has(name)
    if (
      (PARAGRAPHS.has(name) || NOTES.has(name) || CONTAINERS.has(name)) &&
      hasBlockChild(element)
    ) {
      let run: XmlNode[] = []
      const flush = () => {
        push(note ? 'note' : 'paragraph', run.map((node) => inlineText(node, dropped)).join(''))
        run = []
      }
      for (const child of element.children) {
        if (isElement(child) && (hasBlockChild(child) || isBlock(child))) {
          flush()
          visit(child, note)
        } else run.push(child)
      }
      flush()
      return
    }
    if (PARAGRAPHS.has(name) || NOTES.has(name) || CONTAINERS.has(name) || name === 'html') {
      const verse = LINE_CLASS.test(element.attributes.class ?? '')
      return push(note ? 'note' : 'paragraph', inlineText(element, dropped), verse)
    }
    for (const child of element.children.filter(isElement)) visit(child, note)
  }

  for (const child of html.children.filter(isElement)) {
    if (child.name === 'head') {
      for (const meta of child.children.filter(isElement)) {
        if (meta.name === 'style' || meta.name === 'script') countSkipped(meta, dropped)
        if (meta.name === 'link' && meta.attributes.rel?.includes('stylesheet')) dropped.styles++
      }
    } else visit(child, false)
  }
  return out
}
