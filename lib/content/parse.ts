import { parseDocument } from 'yaml'
import type { z } from 'zod'
import { ContentError } from './errors'
import { MAX_BLOCK_LENGTH, normalizeSource } from './source'
import type { Block, BlockKind, ParsedFile, Span } from './types'

const FRONT_MATTER = /^---\n([\s\S]*?)\n?---(?:\n|$)/
const LANG_SPAN = /\[([^\]\n]+)\]\{lang=([a-z]{2})\}/g

/** Splits `[quoted English]{lang=en}` markup into spans; everything else is plain text. */
export function parseSpans(text: string): Span[] {
  const spans: Span[] = []
  let last = 0
  for (const match of text.matchAll(LANG_SPAN)) {
    const [whole, inner = '', lang] = match
    if (match.index > last) spans.push({ text: text.slice(last, match.index) })
    spans.push({ text: inner, lang })
    last = match.index + whole.length
  }
  if (last < text.length) spans.push({ text: text.slice(last) })
  return spans
}

function readBlock(raw: string, number: number, file: string): Block {
  const lines = raw.split('\n').map((line) => line.trim())
  let kind: BlockKind = 'paragraph'
  let body = lines.join(' ')
  if (body === '##' || body.startsWith('## ')) {
    kind = 'heading'
    body = body.slice(2)
  } else if (body.startsWith('>')) {
    kind = 'note'
    body = lines.map((line) => line.replace(/^> ?/, '')).join(' ')
  } else if (body.startsWith('#')) {
    throw new ContentError(
      file,
      'is a heading of an unsupported level: write "## " headings',
      number,
    )
  }
  const spans = parseSpans(body.trim())
  const text = spans.map((span) => span.text).join('')
  if (text.trim() === '') throw new ContentError(file, `is empty (a ${kind} with no text)`, number)
  if (text.length > MAX_BLOCK_LENGTH) {
    throw new ContentError(
      file,
      `is ${text.length.toLocaleString('en')} characters long; a block may have at most ${MAX_BLOCK_LENGTH.toLocaleString('en')}: split it into paragraphs`,
      number,
    )
  }
  return { number, kind, spans, text }
}

/**
 * Parses a content file: YAML front matter validated by `schema`, then blocks separated by
 * blank lines. `## ` starts a heading, `> ` a note, anything else is a paragraph.
 */
export function parseContentFile<S extends z.ZodType>(
  raw: string,
  file: string,
  schema: S,
): ParsedFile<z.infer<S>> {
  const source = normalizeSource(raw)
  const frontMatter = FRONT_MATTER.exec(source)
  if (!frontMatter) throw new ContentError(file, 'front matter is missing (a --- block at the top)')
  const document = parseDocument(frontMatter[1] ?? '', { uniqueKeys: true })
  if (document.errors.length > 0) {
    throw new ContentError(
      file,
      `front matter is not valid YAML: ${document.errors[0]?.message.split('\n')[0]}`,
    )
  }
  const result = schema.safeParse(document.toJS())
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    throw new ContentError(file, `front matter is invalid: ${issues}`)
  }
  const body = source.slice(frontMatter[0].length)
  const blocks = body
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk, index) => readBlock(chunk, index + 1, file))
  if (blocks.length === 0) throw new ContentError(file, 'has no blocks')
  return { meta: result.data, blocks }
}
