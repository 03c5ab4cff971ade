import { ContentError } from './errors'
import type { Block, BlockKind } from './types'

export interface BlockPair {
  number: number
  kind: BlockKind
  de: Block
  en: Block
}

/**
 * Pairs the German and English blocks one to one. The two files must have the same number
 * of blocks, of the same kinds, in the same order; anything else is an error that names the
 * file and block, because a silent misalignment would teach the wrong meaning.
 */
export function alignBlocks(
  de: Block[],
  en: Block[],
  files: { de: string; en: string },
): BlockPair[] {
  const pairs: BlockPair[] = []
  const length = Math.max(de.length, en.length)
  for (let i = 0; i < length; i++) {
    const german = de[i]
    const english = en[i]
    const number = i + 1
    const counts = `(${de.length} German blocks, ${en.length} English blocks)`
    if (!german) throw new ContentError(files.de, `is missing ${counts}`, number)
    if (!english) throw new ContentError(files.en, `is missing ${counts}`, number)
    if (german.kind !== english.kind) {
      throw new ContentError(
        files.en,
        `is a ${english.kind}, but block ${number} of ${files.de} is a ${german.kind}`,
        number,
      )
    }
    pairs.push({ number, kind: german.kind, de: german, en: english })
  }
  return pairs
}
