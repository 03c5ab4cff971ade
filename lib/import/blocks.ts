import { MAX_BLOCK_LENGTH } from '@/lib/content/source'
import type { BlockKind } from '@/lib/content/types'

export interface ImportBlock {
  kind: BlockKind
  text: string
}

/** Breaks an over-long block at sentence ends into pieces no longer than the limit. */
function pieces(text: string): string[] {
  if (text.length <= MAX_BLOCK_LENGTH) return [text]
  const sentences = text.match(/[^.!?…]+(?:[.!?…]+["“”»«')]*\s*|$)/gu) ?? [text]
  const out: string[] = []
  let current = ''
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > MAX_BLOCK_LENGTH) {
      out.push(current.trim())
      current = ''
    }
    // A "sentence" longer than the limit on its own is cut where it must be.
    for (let at = 0; at < sentence.length; at += MAX_BLOCK_LENGTH) {
      const part = sentence.slice(at, at + MAX_BLOCK_LENGTH)
      if (current.length + part.length > MAX_BLOCK_LENGTH) {
        out.push(current.trim())
        current = ''
      }
      current += part
    }
  }
  if (current.trim()) out.push(current.trim())
  return out
}

/**
 * Splits an imported text into blocks as the curated format does: blank lines separate
 * blocks, `#` headings (any level) and `> ` notes are recognised. A text with no blank line
 * but several lines (as many editors save paragraphs) takes each line as a block.
 */
export function splitImportBlocks(text: string): ImportBlock[] {
  const chunks = /\n[ \t]*\n/u.test(text) ? text.split(/\n[ \t]*\n/u) : text.split('\n')
  return chunks
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .flatMap((chunk): ImportBlock[] => {
      const lines = chunk.split('\n').map((line) => line.trim())
      const joined = lines.join(' ')
      const heading = /^#{1,6}\s+(.*)$/u.exec(joined)
      if (heading?.[1]) return [{ kind: 'heading', text: heading[1] }]
      if (joined.startsWith('>'))
        return [{ kind: 'note', text: lines.map((line) => line.replace(/^>\s?/u, '')).join(' ') }]
      return pieces(joined).map((piece) => ({ kind: 'paragraph', text: piece }))
    })
    .filter((block) => block.text.trim() !== '')
}
