export const blockKinds = ['heading', 'paragraph', 'note'] as const
export type BlockKind = (typeof blockKinds)[number]

/** A run of text; `lang` is set when it is in another language than its block. */
export interface Span {
  text: string
  lang?: string
}

export interface Block {
  /** 1-based position in the file, as error messages and `data-pair` name it. */
  number: number
  kind: BlockKind
  spans: Span[]
  /** The block's text with markup stripped. */
  text: string
}

export interface ParsedFile<Meta> {
  meta: Meta
  blocks: Block[]
}
