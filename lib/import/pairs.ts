import type { Block } from '@/lib/content/types'
import type { ImportBlock } from './blocks'
import type { ImportedText } from './types'

/** A German block and, when the text has a translation, the English one beside it. */
export interface ImportedPair {
  number: number
  kind: Block['kind']
  de: Block
  en?: Block
}

/** Imported text is plain text: one span, never markup. */
export function toBlock(block: ImportBlock, number: number): Block {
  return { number, kind: block.kind, spans: [{ text: block.text }], text: block.text }
}

/** The rows of an imported text, numbered from 1 as curated blocks are. */
export function pairsOf(text: Pick<ImportedText, 'de' | 'en'>): ImportedPair[] {
  return text.de.map((block, i) => {
    const en = text.en?.[i]
    return {
      number: i + 1,
      kind: block.kind,
      de: toBlock(block, i + 1),
      ...(en ? { en: toBlock(en, i + 1) } : {}),
    }
  })
}
