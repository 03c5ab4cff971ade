import { analyseText } from '@/lib/analysis/engine'
import type { AnalysisSources } from '@/lib/analysis/readings'
import type { BookBlock } from '@/lib/books/types'
import { pairsOf } from '@/lib/import/pairs'
import type { TextLemmas } from '@/lib/learning/progress'
import { countLemmas } from '@/lib/learning/textWords'

/**
 * How often each lemma occurs in a book, its chapters analysed one by one as the reader will
 * read them; `onChapter` hears each one done.
 */
export function bookLemmas(
  chapters: readonly BookBlock[][],
  sources: AnalysisSources,
  onChapter?: (done: number, total: number) => void,
): TextLemmas {
  const lemmas: TextLemmas = {}
  chapters.forEach((blocks, index) => {
    const pairs = pairsOf({ de: blocks })
    const { matched } = analyseText(
      pairs.map((pair) => pair.de),
      sources,
    )
    const prose = new Set(pairs.filter((pair) => pair.kind !== 'note').map((pair) => pair.number))
    countLemmas(matched, prose, lemmas)
    onChapter?.(index + 1, chapters.length)
  })
  return lemmas
}
