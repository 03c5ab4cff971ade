import type { TocEntry } from './toc'
import type { BookChapter } from './types'
import type { AnchoredBlock } from './xhtml'

export interface SpineDocument {
  path: string
  blocks: AnchoredBlock[]
}

/** Where a chapter starts: a block of a document, and its title from the table of contents. */
interface Cut {
  at: number
  title: string
}

function cutsOf(document: SpineDocument, toc: TocEntry[]): Cut[] {
  const cuts = new Map<number, string>()
  for (const entry of toc) {
    if (entry.path !== document.path) continue
    const found = entry.fragment
      ? document.blocks.findIndex((block) => block.anchors.includes(entry.fragment))
      : 0
    const at = Math.max(0, found)
    if (!cuts.has(at)) cuts.set(at, entry.title)
  }
  return [...cuts].map(([at, title]) => ({ at, title })).sort((a, b) => a.at - b.at)
}

const firstHeading = (blocks: AnchoredBlock[]) =>
  blocks.find(({ block }) => block.kind === 'heading')?.block.text ?? ''

/**
 * Cuts the spine's documents into chapters where the table of contents points: at a
 * document, or at an element inside one (books that keep many chapters in one file). A
 * document the table of contents does not name continues the chapter before it (a long
 * chapter split over files) unless it opens with a heading of its own. A chapter that is only
 * headings (a part's title page) is put in front of the chapter after it.
 */
export function chaptersOf(documents: SpineDocument[], toc: TocEntry[]): BookChapter[] {
  const chapters: { title: string; blocks: AnchoredBlock[] }[] = []
  const start = (title: string, blocks: AnchoredBlock[]) =>
    chapters.push({ title: title || firstHeading(blocks), blocks })

  for (const document of documents) {
    if (document.blocks.length === 0) continue
    const cuts = cutsOf(document, toc)
    if (cuts.length === 0) {
      const opensWithHeading = document.blocks[0]?.block.kind === 'heading'
      const last = chapters[chapters.length - 1]
      if (last && !opensWithHeading) last.blocks.push(...document.blocks)
      else start('', document.blocks)
      continue
    }
    const before = document.blocks.slice(0, cuts[0]!.at)
    if (before.length > 0) {
      const last = chapters[chapters.length - 1]
      if (last) last.blocks.push(...before)
      else start('', before)
    }
    cuts.forEach((cut, index) =>
      start(
        cut.title,
        document.blocks.slice(cut.at, cuts[index + 1]?.at ?? document.blocks.length),
      ),
    )
  }

  const merged: BookChapter[] = []
  let heldHeadings: AnchoredBlock[] = []
  let heldTitle = ''
  for (const chapter of chapters) {
    if (chapter.blocks.length === 0) continue
    if (chapter.blocks.every(({ block }) => block.kind === 'heading')) {
      heldTitle ||= chapter.title
      heldHeadings.push(...chapter.blocks)
      continue
    }
    merged.push({
      title: chapter.title || heldTitle,
      blocks: [...heldHeadings, ...chapter.blocks].map(({ block }) => block),
    })
    heldHeadings = []
    heldTitle = ''
  }
  if (heldHeadings.length > 0)
    merged.push({ title: heldTitle, blocks: heldHeadings.map(({ block }) => block) })
  return merged
}
