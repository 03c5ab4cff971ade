import { analyseText } from '@/lib/analysis/engine'
import type { AnalysisSources } from '@/lib/analysis/readings'
import type { BookBlock } from '@/lib/books/types'
import { toBlock } from '@/lib/import/pairs'
import type { TextLemmas } from '@/lib/learning/progress'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import { tokenize } from '@/lib/text/tokenize'

/** Forms analysed at once: a step of the import's progress, short enough to report often. */
const FORMS_PER_STEP = 500
/**
 * Each form is read after this word, as it stands inside a sentence (a capitalised form is
 * then a noun, not a sentence's first word), and with nothing to join it to.
 */
const LEAD = 'und'

/**
 * How often each lemma occurs in a book's running text (notes left out), for the library's
 * share of words known. Each distinct form is analysed once and counted as often as it
 * occurs: a 200,000-word novel has some 25,000 forms, so this takes seconds where the whole
 * text, word by word in its sentences, would take half a minute. The price is context: a
 * form is given the reading it has alone (a separated particle is counted as itself).
 */
export function bookLemmas(
  chapters: readonly BookBlock[][],
  sources: AnalysisSources,
  onStep?: (done: number, total: number) => void,
): TextLemmas {
  const forms = new Map<string, number>()
  for (const block of chapters.flat()) {
    if (block.kind === 'note') continue
    for (const token of tokenize(block.text))
      if (token.kind === 'word') forms.set(token.text, (forms.get(token.text) ?? 0) + 1)
  }
  const distinct = [...forms.keys()]
  const lemmas: TextLemmas = {}
  for (let start = 0; start < distinct.length; start += FORMS_PER_STEP) {
    const step = distinct.slice(start, start + FORMS_PER_STEP)
    const { matched } = analyseText(
      step.map((form, i) => toBlock({ kind: 'paragraph', text: `${LEAD} ${form}` }, i + 1)),
      sources,
    )
    matched.blocks.forEach((block, i) => {
      const word = block.parts.filter((part) => part.kind === 'word')[1]
      if (!word?.entry) return
      const key = lemmaOfKey(word.entry)
      lemmas[key] = (lemmas[key] ?? 0) + forms.get(step[i]!)!
    })
    onStep?.(Math.min(start + FORMS_PER_STEP, distinct.length), distinct.length)
  }
  return lemmas
}
